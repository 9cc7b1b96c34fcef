//! The help texts of kubectl 1.37.1 (`kubectl137 <command> --help` into a pipe, and on a terminal
//! of the given width for `terminal/`), as test data for the help renderer and the parser.

/// `(file name, text)` of every file in `help_golden/`: `kubectl.txt` is the root help, `options.txt`
/// is `kubectl options`, `config_set-context.txt` is `kubectl config set-context --help`.
pub(super) static HELP_GOLDENS: &[(&str, &str)] = &[
    ("annotate.txt", include_str!("help_golden/annotate.txt")),
    ("diff.txt", include_str!("help_golden/diff.txt")),
    ("auth.txt", include_str!("help_golden/auth.txt")),
    ("auth_can-i.txt", include_str!("help_golden/auth_can-i.txt")),
    (
        "auth_reconcile.txt",
        include_str!("help_golden/auth_reconcile.txt"),
    ),
    (
        "auth_whoami.txt",
        include_str!("help_golden/auth_whoami.txt"),
    ),
    ("set.txt", include_str!("help_golden/set.txt")),
    ("set_env.txt", include_str!("help_golden/set_env.txt")),
    ("set_image.txt", include_str!("help_golden/set_image.txt")),
    (
        "set_resources.txt",
        include_str!("help_golden/set_resources.txt"),
    ),
    (
        "set_selector.txt",
        include_str!("help_golden/set_selector.txt"),
    ),
    (
        "set_serviceaccount.txt",
        include_str!("help_golden/set_serviceaccount.txt"),
    ),
    (
        "set_subject.txt",
        include_str!("help_golden/set_subject.txt"),
    ),
    ("rollout.txt", include_str!("help_golden/rollout.txt")),
    (
        "rollout_history.txt",
        include_str!("help_golden/rollout_history.txt"),
    ),
    (
        "rollout_pause.txt",
        include_str!("help_golden/rollout_pause.txt"),
    ),
    (
        "rollout_restart.txt",
        include_str!("help_golden/rollout_restart.txt"),
    ),
    (
        "rollout_resume.txt",
        include_str!("help_golden/rollout_resume.txt"),
    ),
    (
        "rollout_status.txt",
        include_str!("help_golden/rollout_status.txt"),
    ),
    (
        "rollout_undo.txt",
        include_str!("help_golden/rollout_undo.txt"),
    ),
    ("cordon.txt", include_str!("help_golden/cordon.txt")),
    ("uncordon.txt", include_str!("help_golden/uncordon.txt")),
    ("taint.txt", include_str!("help_golden/taint.txt")),
    ("drain.txt", include_str!("help_golden/drain.txt")),
    ("attach.txt", include_str!("help_golden/attach.txt")),
    ("patch.txt", include_str!("help_golden/patch.txt")),
    ("edit.txt", include_str!("help_golden/edit.txt")),
    ("replace.txt", include_str!("help_golden/replace.txt")),
    (
        "api-resources.txt",
        include_str!("help_golden/api-resources.txt"),
    ),
    (
        "api-versions.txt",
        include_str!("help_golden/api-versions.txt"),
    ),
    ("apply.txt", include_str!("help_golden/apply.txt")),
    (
        "apply_edit-last-applied.txt",
        include_str!("help_golden/apply_edit-last-applied.txt"),
    ),
    (
        "apply_set-last-applied.txt",
        include_str!("help_golden/apply_set-last-applied.txt"),
    ),
    (
        "apply_view-last-applied.txt",
        include_str!("help_golden/apply_view-last-applied.txt"),
    ),
    (
        "cluster-info.txt",
        include_str!("help_golden/cluster-info.txt"),
    ),
    (
        "cluster-info_dump.txt",
        include_str!("help_golden/cluster-info_dump.txt"),
    ),
    ("config.txt", include_str!("help_golden/config.txt")),
    (
        "config_current-context.txt",
        include_str!("help_golden/config_current-context.txt"),
    ),
    (
        "config_delete-cluster.txt",
        include_str!("help_golden/config_delete-cluster.txt"),
    ),
    (
        "config_delete-context.txt",
        include_str!("help_golden/config_delete-context.txt"),
    ),
    (
        "config_delete-user.txt",
        include_str!("help_golden/config_delete-user.txt"),
    ),
    (
        "config_get-clusters.txt",
        include_str!("help_golden/config_get-clusters.txt"),
    ),
    (
        "config_get-contexts.txt",
        include_str!("help_golden/config_get-contexts.txt"),
    ),
    (
        "config_get-users.txt",
        include_str!("help_golden/config_get-users.txt"),
    ),
    (
        "config_rename-context.txt",
        include_str!("help_golden/config_rename-context.txt"),
    ),
    (
        "config_set-cluster.txt",
        include_str!("help_golden/config_set-cluster.txt"),
    ),
    (
        "config_set-context.txt",
        include_str!("help_golden/config_set-context.txt"),
    ),
    (
        "config_set-credentials.txt",
        include_str!("help_golden/config_set-credentials.txt"),
    ),
    ("config_set.txt", include_str!("help_golden/config_set.txt")),
    (
        "config_unset.txt",
        include_str!("help_golden/config_unset.txt"),
    ),
    (
        "config_use-context.txt",
        include_str!("help_golden/config_use-context.txt"),
    ),
    (
        "config_view.txt",
        include_str!("help_golden/config_view.txt"),
    ),
    ("create.txt", include_str!("help_golden/create.txt")),
    (
        "create_clusterrole.txt",
        include_str!("help_golden/create_clusterrole.txt"),
    ),
    (
        "create_clusterrolebinding.txt",
        include_str!("help_golden/create_clusterrolebinding.txt"),
    ),
    (
        "create_configmap.txt",
        include_str!("help_golden/create_configmap.txt"),
    ),
    (
        "create_cronjob.txt",
        include_str!("help_golden/create_cronjob.txt"),
    ),
    (
        "create_deployment.txt",
        include_str!("help_golden/create_deployment.txt"),
    ),
    (
        "create_ingress.txt",
        include_str!("help_golden/create_ingress.txt"),
    ),
    ("create_job.txt", include_str!("help_golden/create_job.txt")),
    (
        "create_namespace.txt",
        include_str!("help_golden/create_namespace.txt"),
    ),
    (
        "create_poddisruptionbudget.txt",
        include_str!("help_golden/create_poddisruptionbudget.txt"),
    ),
    (
        "create_priorityclass.txt",
        include_str!("help_golden/create_priorityclass.txt"),
    ),
    (
        "create_quota.txt",
        include_str!("help_golden/create_quota.txt"),
    ),
    (
        "create_role.txt",
        include_str!("help_golden/create_role.txt"),
    ),
    (
        "create_rolebinding.txt",
        include_str!("help_golden/create_rolebinding.txt"),
    ),
    (
        "create_secret.txt",
        include_str!("help_golden/create_secret.txt"),
    ),
    (
        "create_secret_docker-registry.txt",
        include_str!("help_golden/create_secret_docker-registry.txt"),
    ),
    (
        "create_secret_generic.txt",
        include_str!("help_golden/create_secret_generic.txt"),
    ),
    (
        "create_secret_tls.txt",
        include_str!("help_golden/create_secret_tls.txt"),
    ),
    (
        "create_service.txt",
        include_str!("help_golden/create_service.txt"),
    ),
    (
        "create_service_clusterip.txt",
        include_str!("help_golden/create_service_clusterip.txt"),
    ),
    (
        "create_service_externalname.txt",
        include_str!("help_golden/create_service_externalname.txt"),
    ),
    (
        "create_service_loadbalancer.txt",
        include_str!("help_golden/create_service_loadbalancer.txt"),
    ),
    (
        "create_service_nodeport.txt",
        include_str!("help_golden/create_service_nodeport.txt"),
    ),
    (
        "create_serviceaccount.txt",
        include_str!("help_golden/create_serviceaccount.txt"),
    ),
    (
        "create_token.txt",
        include_str!("help_golden/create_token.txt"),
    ),
    ("delete.txt", include_str!("help_golden/delete.txt")),
    ("describe.txt", include_str!("help_golden/describe.txt")),
    ("events.txt", include_str!("help_golden/events.txt")),
    ("exec.txt", include_str!("help_golden/exec.txt")),
    ("explain.txt", include_str!("help_golden/explain.txt")),
    ("get.txt", include_str!("help_golden/get.txt")),
    ("help.txt", include_str!("help_golden/help.txt")),
    ("kubectl.txt", include_str!("help_golden/kubectl.txt")),
    ("label.txt", include_str!("help_golden/label.txt")),
    ("logs.txt", include_str!("help_golden/logs.txt")),
    ("options.txt", include_str!("help_golden/options.txt")),
    (
        "port-forward.txt",
        include_str!("help_golden/port-forward.txt"),
    ),
    ("run.txt", include_str!("help_golden/run.txt")),
    ("version.txt", include_str!("help_golden/version.txt")),
    ("wait.txt", include_str!("help_golden/wait.txt")),
    ("expose.txt", include_str!("help_golden/expose.txt")),
    ("scale.txt", include_str!("help_golden/scale.txt")),
    ("top.txt", include_str!("help_golden/top.txt")),
    ("top_node.txt", include_str!("help_golden/top_node.txt")),
    ("top_pod.txt", include_str!("help_golden/top_pod.txt")),
    ("proxy.txt", include_str!("help_golden/proxy.txt")),
    ("plugin.txt", include_str!("help_golden/plugin.txt")),
    (
        "plugin_list.txt",
        include_str!("help_golden/plugin_list.txt"),
    ),
];

/// `(file name, text)` of `help_golden/terminal/`: `<path>.help.<columns>.txt` is `--help` on a terminal
/// that wide; `<path>.run.<columns>.txt` is the command line itself run there (`help_nope` is
/// `kubectl help nope`, `config` is `kubectl config`).
pub(super) static TERMINAL_GOLDENS: &[(&str, &str)] = &[
    (
        "config.run.120.txt",
        include_str!("help_golden/terminal/config.run.120.txt"),
    ),
    (
        "config_set-context.help.80.txt",
        include_str!("help_golden/terminal/config_set-context.help.80.txt"),
    ),
    (
        "create_namespace.help.120.txt",
        include_str!("help_golden/terminal/create_namespace.help.120.txt"),
    ),
    (
        "exec.help.80.txt",
        include_str!("help_golden/terminal/exec.help.80.txt"),
    ),
    (
        "explain.help.79.txt",
        include_str!("help_golden/terminal/explain.help.79.txt"),
    ),
    (
        "get.help.100.txt",
        include_str!("help_golden/terminal/get.help.100.txt"),
    ),
    (
        "get.help.120.txt",
        include_str!("help_golden/terminal/get.help.120.txt"),
    ),
    (
        "get.help.80.txt",
        include_str!("help_golden/terminal/get.help.80.txt"),
    ),
    (
        "help_nope.run.80.txt",
        include_str!("help_golden/terminal/help_nope.run.80.txt"),
    ),
    (
        "kubectl.help.80.txt",
        include_str!("help_golden/terminal/kubectl.help.80.txt"),
    ),
    (
        "logs.help.100.txt",
        include_str!("help_golden/terminal/logs.help.100.txt"),
    ),
    (
        "options.help.80.txt",
        include_str!("help_golden/terminal/options.help.80.txt"),
    ),
];
