//! The data of kubectl 1.37's command line, as far as the playground knows it: every command's
//! name, aliases, descriptions, examples, usage line, flags (type, shorthand, default as `--help` shows
//! it, NoOptDefVal, usage text) and subcommands.
//!
//! Generated from the real kubectl 1.37.1 client (`kubectl137 <command> --help`, flag types and
//! NoOptDefVal probed through client-side parse errors, hidden/deprecated flags found by probing every
//! flag name that occurs in kubectl's source) by the `h7-cli` helper's scratch script; edit the script,
//! not this file, when kubectl changes. Texts are the English (`LANG=C`) ones; the home directory is the
//! playground's `/home/learner` (it shows in `--cache-dir`).
//!
//! Each distinct flag is one `static FLAG_…` (at the end), shared by every command that registers
//! it, as cobra commands share `--output` or `--filename`: 269 flags for 561 registrations.
//!
//! It deliberately knows nothing about parsing or rendering (see `parse.rs`, `help.rs`): it is data.

use super::spec::{
    ArgHint, CommandSpec, FlagKind, FlagSpec, FlagValueHint, RealRootCommand, RunKind,
};

/// `kubectl` itself: its persistent flags are the global options (`kubectl options`).
pub static ROOT: CommandSpec = CommandSpec {
    name: "kubectl",
    aliases: &[],
    suggest_for: &[],
    short: "kubectl controls the Kubernetes cluster manager",
    long: "kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/",
    example: "",
    usage_line: "kubectl [flags] [options]",
    run: RunKind::RootHelp,
    simulated: true,
    positional: ArgHint::CommandPath,
    flags: &[],
    persistent_flags: &[
        &FLAG_AS,
        &FLAG_AS_GROUP,
        &FLAG_AS_UID,
        &FLAG_AS_USER_EXTRA,
        &FLAG_CACHE_DIR,
        &FLAG_CERTIFICATE_AUTHORITY,
        &FLAG_CLIENT_CERTIFICATE,
        &FLAG_CLIENT_KEY,
        &FLAG_CLUSTER,
        &FLAG_CONTEXT,
        &FLAG_DISABLE_COMPRESSION,
        &FLAG_INSECURE_SKIP_TLS_VERIFY,
        &FLAG_KUBECONFIG,
        &FLAG_KUBERC,
        &FLAG_LOG_FLUSH_FREQUENCY,
        &FLAG_MATCH_SERVER_VERSION,
        &FLAG_NAMESPACE,
        &FLAG_PASSWORD,
        &FLAG_PROFILE,
        &FLAG_PROFILE_OUTPUT,
        &FLAG_PROXY_URL,
        &FLAG_REQUEST_TIMEOUT,
        &FLAG_SERVER,
        &FLAG_TLS_SERVER_NAME,
        &FLAG_TOKEN,
        &FLAG_USER,
        &FLAG_USERNAME,
        &FLAG_V,
        &FLAG_VMODULE,
        &FLAG_WARNINGS_AS_ERRORS
    ],
    subcommands: &[&CMD_GET, &CMD_DESCRIBE, &CMD_CREATE, &CMD_APPLY, &CMD_DIFF, &CMD_DELETE, &CMD_LABEL, &CMD_ANNOTATE, &CMD_LOGS, &CMD_PORT_FORWARD, &CMD_ATTACH, &CMD_EXEC, &CMD_RUN, &CMD_EXPLAIN, &CMD_CONFIG, &CMD_WAIT, &CMD_EVENTS, &CMD_API_RESOURCES, &CMD_API_VERSIONS, &CMD_VERSION, &CMD_CLUSTER_INFO, &CMD_TOP, &CMD_SCALE, &CMD_EXPOSE, &CMD_PATCH, &CMD_EDIT, &CMD_REPLACE, &CMD_CORDON, &CMD_UNCORDON, &CMD_DRAIN, &CMD_TAINT, &CMD_ROLLOUT, &CMD_SET, &CMD_AUTH, &CMD_HELP, &CMD_OPTIONS, &CMD_PROXY, &CMD_PLUGIN, &CMD_ALPHA],
};

/// `kubectl get`.
pub static CMD_GET: CommandSpec = CommandSpec {
    name: "get",
    aliases: &[],
    suggest_for: &["list", "ls"],
    short: "Display one or many resources",
    long: "Display one or many resources.\n\n Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.\n\n By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.",
    example: "  # List all pods in ps output format\n  kubectl get pods\n  \n  # List all pods in ps output format with more information (such as node name)\n  kubectl get pods -o wide\n  \n  # List a single replication controller with specified NAME in ps output format\n  kubectl get replicationcontroller web\n  \n  # List deployments in JSON output format, in the \"v1\" version of the \"apps\" API group\n  kubectl get deployments.v1.apps -o json\n  \n  # List a single pod in JSON output format\n  kubectl get -o json pod web-pod-13je7\n  \n  # List a pod identified by type and name specified in \"pod.yaml\" in JSON output format\n  kubectl get -f pod.yaml -o json\n  \n  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml\n  kubectl get -k dir/\n  \n  # Return only the phase value of the specified pod\n  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}\n  \n  # List resource information in custom columns\n  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image\n  \n  # List all replication controllers and services together in ps output format\n  kubectl get rc,services\n  \n  # List one or more resources by their type and names\n  kubectl get rc/web service/frontend pods/web-pod-13je7\n  \n  # List the 'status' subresource for a single pod\n  kubectl get pod web-pod-13je7 --subresource status\n  \n  # List all deployments in namespace 'backend'\n  kubectl get deployments.apps --namespace backend\n  \n  # List all pods existing in all namespaces\n  kubectl get pods --all-namespaces",
    usage_line: "kubectl get [(-o|--output=)json|yaml|kyaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_NAMESPACES,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CHUNK_SIZE,
        &FLAG_FIELD_SELECTOR,
        &FLAG_FILENAME,
        &FLAG_IGNORE_NOT_FOUND,
        &FLAG_KUSTOMIZE,
        &FLAG_LABEL_COLUMNS,
        &FLAG_NO_HEADERS,
        &FLAG_OUTPUT,
        &FLAG_OUTPUT_WATCH_EVENTS,
        &FLAG_RAW,
        &FLAG_RECURSIVE,
        &FLAG_SELECTOR,
        &FLAG_SERVER_PRINT,
        &FLAG_SHOW_KIND,
        &FLAG_SHOW_LABELS,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_SORT_BY,
        &FLAG_SUBRESOURCE,
        &FLAG_TEMPLATE,
        &FLAG_WATCH,
        &FLAG_WATCH_ONLY
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl describe`.
pub static CMD_DESCRIBE: CommandSpec = CommandSpec {
    name: "describe",
    aliases: &[],
    suggest_for: &["inspect"],
    short: "Show details of a specific resource or group of resources",
    long: "Show details of a specific resource or group of resources.\n\n Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:\n\n        $ kubectl describe TYPE NAME_PREFIX\n        \n will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.",
    example: "  # Describe a node\n  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal\n  \n  # Describe a pod\n  kubectl describe pods/nginx\n  \n  # Describe a pod identified by type and name in \"pod.json\"\n  kubectl describe -f pod.json\n  \n  # Describe all pods\n  kubectl describe pods\n  \n  # Describe pods by label name=myLabel\n  kubectl describe pods -l name=myLabel\n  \n  # Describe all pods managed by the 'frontend' replication controller\n  # (rc-created pods get the name of the rc as a prefix in the pod name)\n  kubectl describe pods frontend",
    usage_line: "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_NAMESPACES,
        &FLAG_CHUNK_SIZE,
        &FLAG_FILENAME_2,
        &FLAG_KUSTOMIZE,
        &FLAG_RECURSIVE,
        &FLAG_SELECTOR,
        &FLAG_SHOW_EVENTS
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create`.
pub static CMD_CREATE: CommandSpec = CommandSpec {
    name: "create",
    aliases: &[],
    suggest_for: &[],
    short: "Create a resource from a file or from stdin",
    long: "Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.",
    example: "  # Create a pod using the data in pod.json\n  kubectl create -f ./pod.json\n  \n  # Create a pod based on the JSON passed into stdin\n  cat pod.json | kubectl create -f -\n  \n  # Edit the data in registry.yaml in JSON then create the resource using the edited data\n  kubectl create -f registry.yaml --edit -o json",
    usage_line: "kubectl create -f FILENAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_EDIT,
        &FLAG_FIELD_MANAGER,
        &FLAG_FILENAME_3,
        &FLAG_KUSTOMIZE,
        &FLAG_OUTPUT_2,
        &FLAG_RAW_2,
        &FLAG_RECORD,
        &FLAG_RECURSIVE,
        &FLAG_SAVE_CONFIG,
        &FLAG_SELECTOR,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE,
        &FLAG_WINDOWS_LINE_ENDINGS
    ],
    persistent_flags: &[],
    subcommands: &[&CMD_CREATE_CLUSTERROLE, &CMD_CREATE_CLUSTERROLEBINDING, &CMD_CREATE_CONFIGMAP, &CMD_CREATE_CRONJOB, &CMD_CREATE_DEPLOYMENT, &CMD_CREATE_INGRESS, &CMD_CREATE_JOB, &CMD_CREATE_NAMESPACE, &CMD_CREATE_PODDISRUPTIONBUDGET, &CMD_CREATE_PRIORITYCLASS, &CMD_CREATE_QUOTA, &CMD_CREATE_ROLE, &CMD_CREATE_ROLEBINDING, &CMD_CREATE_SECRET, &CMD_CREATE_SERVICE, &CMD_CREATE_SERVICEACCOUNT, &CMD_CREATE_TOKEN],
};

/// `kubectl create clusterrole`.
pub static CMD_CREATE_CLUSTERROLE: CommandSpec = CommandSpec {
    name: "clusterrole",
    aliases: &[],
    suggest_for: &[],
    short: "Create a cluster role",
    long: "Create a cluster role.",
    example: "  # Create a cluster role named \"pod-reader\" that allows user to perform \"get\", \"watch\" and \"list\" on pods\n  kubectl create clusterrole pod-reader --verb=get,list,watch --resource=pods\n  \n  # Create a cluster role named \"pod-reader\" with ResourceName specified\n  kubectl create clusterrole pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod\n  \n  # Create a cluster role named \"foo\" with API Group specified\n  kubectl create clusterrole foo --verb=get,list,watch --resource=rs.apps\n  \n  # Create a cluster role named \"foo\" with SubResource specified\n  kubectl create clusterrole foo --verb=get,list,watch --resource=pods,pods/status\n  \n  # Create a cluster role name \"foo\" with NonResourceURL specified\n  kubectl create clusterrole \"foo\" --verb=get --non-resource-url=/logs/*\n  \n  # Create a cluster role name \"monitoring\" with AggregationRule specified\n  kubectl create clusterrole monitoring --aggregation-rule=\"rbac.example.com/aggregate-to-monitoring=true\"",
    usage_line: "kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_AGGREGATION_RULE,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_NON_RESOURCE_URL,
        &FLAG_OUTPUT_2,
        &FLAG_RESOURCE,
        &FLAG_RESOURCE_NAME,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE,
        &FLAG_VERB
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create clusterrolebinding`.
pub static CMD_CREATE_CLUSTERROLEBINDING: CommandSpec = CommandSpec {
    name: "clusterrolebinding",
    aliases: &[],
    suggest_for: &[],
    short: "Create a cluster role binding for a particular cluster role",
    long: "Create a cluster role binding for a particular cluster role.",
    example: "  # Create a cluster role binding for user1, user2, and group1 using the cluster-admin cluster role\n  kubectl create clusterrolebinding cluster-admin --clusterrole=cluster-admin --user=user1 --user=user2 --group=group1",
    usage_line: "kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CLUSTERROLE,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_GROUP,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SERVICEACCOUNT,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_USER_2,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create configmap`.
pub static CMD_CREATE_CONFIGMAP: CommandSpec = CommandSpec {
    name: "configmap",
    aliases: &["cm"],
    suggest_for: &[],
    short: "Create a config map from a local file, directory or literal value",
    long: "Create a config map based on a file, directory, or specified literal value.\n\n A single config map may package one or more key/value pairs.\n\n When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.\n\n When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).",
    example: "  # Create a new config map named my-config based on folder bar\n  kubectl create configmap my-config --from-file=path/to/bar\n  \n  # Create a new config map named my-config with specified keys instead of file basenames on disk\n  kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt\n  \n  # Create a new config map named my-config with key1=config1 and key2=config2\n  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2\n  \n  # Create a new config map named my-config with key=value pairs from an env file\n  kubectl create configmap my-config --from-env-file=path/to/bar.env",
    usage_line: "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_APPEND_HASH,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_FROM_ENV_FILE,
        &FLAG_FROM_FILE,
        &FLAG_FROM_LITERAL,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create cronjob`.
pub static CMD_CREATE_CRONJOB: CommandSpec = CommandSpec {
    name: "cronjob",
    aliases: &["cj"],
    suggest_for: &[],
    short: "Create a cron job with the specified name",
    long: "Create a cron job with the specified name.",
    example: "  # Create a cron job\n  kubectl create cronjob my-job --image=busybox --schedule=\"*/1 * * * *\"\n  \n  # Create a cron job with a command\n  kubectl create cronjob my-job --image=busybox --schedule=\"*/1 * * * *\" -- date",
    usage_line: "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_IMAGE,
        &FLAG_OUTPUT_2,
        &FLAG_RESTART,
        &FLAG_SAVE_CONFIG,
        &FLAG_SCHEDULE,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create deployment`.
pub static CMD_CREATE_DEPLOYMENT: CommandSpec = CommandSpec {
    name: "deployment",
    aliases: &["deploy"],
    suggest_for: &[],
    short: "Create a deployment with the specified name",
    long: "Create a deployment with the specified name.",
    example: "  # Create a deployment named my-dep that runs the busybox image\n  kubectl create deployment my-dep --image=busybox\n  \n  # Create a deployment with a command\n  kubectl create deployment my-dep --image=busybox -- date\n  \n  # Create a deployment named my-dep that runs the nginx image with 3 replicas\n  kubectl create deployment my-dep --image=nginx --replicas=3\n  \n  # Create a deployment named my-dep that runs the busybox image and expose port 5701\n  kubectl create deployment my-dep --image=busybox --port=5701\n  \n  # Create a deployment named my-dep that runs multiple containers\n  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx",
    usage_line: "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_IMAGE_2,
        &FLAG_OUTPUT_2,
        &FLAG_PORT,
        &FLAG_REPLICAS,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create ingress`.
pub static CMD_CREATE_INGRESS: CommandSpec = CommandSpec {
    name: "ingress",
    aliases: &["ing"],
    suggest_for: &[],
    short: "Create an ingress with the specified name",
    long: "Create an ingress with the specified name.",
    example: "  # Create a single ingress called 'simple' that directs requests to foo.com/bar to svc\n  # svc1:8080 with a TLS secret \"my-cert\"\n  kubectl create ingress simple --rule=\"foo.com/bar=svc1:8080,tls=my-cert\"\n  \n  # Create a catch all ingress of \"/path\" pointing to service svc:port and Ingress Class as \"otheringress\"\n  kubectl create ingress catch-all --class=otheringress --rule=\"/path=svc:port\"\n  \n  # Create an ingress with two annotations: ingress.annotation1 and ingress.annotations2\n  kubectl create ingress annotated --class=default --rule=\"foo.com/bar=svc:port\" \\\n  --annotation ingress.annotation1=foo \\\n  --annotation ingress.annotation2=bla\n  \n  # Create an ingress with the same host and multiple paths\n  kubectl create ingress multipath --class=default \\\n  --rule=\"foo.com/=svc:port\" \\\n  --rule=\"foo.com/admin/=svcadmin:portadmin\"\n  \n  # Create an ingress with multiple hosts and the pathType as Prefix\n  kubectl create ingress ingress1 --class=default \\\n  --rule=\"foo.com/path*=svc:8080\" \\\n  --rule=\"bar.com/admin*=svc2:http\"\n  \n  # Create an ingress with TLS enabled using the default ingress certificate and different path types\n  kubectl create ingress ingtls --class=default \\\n  --rule=\"foo.com/=svc:https,tls\" \\\n  --rule=\"foo.com/path/subpath*=othersvc:8080\"\n  \n  # Create an ingress with TLS enabled using a specific secret and pathType as Prefix\n  kubectl create ingress ingsecret --class=default \\\n  --rule=\"foo.com/*=svc:8080,tls=secret1\"\n  \n  # Create an ingress with a default backend\n  kubectl create ingress ingdefault --class=default \\\n  --default-backend=defaultsvc:http \\\n  --rule=\"foo.com/*=svc:8080,tls=secret1\"",
    usage_line: "kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_ANNOTATION,
        &FLAG_CLASS,
        &FLAG_DEFAULT_BACKEND,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_OUTPUT_2,
        &FLAG_RULE,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create job`.
pub static CMD_CREATE_JOB: CommandSpec = CommandSpec {
    name: "job",
    aliases: &[],
    suggest_for: &[],
    short: "Create a job with the specified name",
    long: "Create a job with the specified name.",
    example: "  # Create a job\n  kubectl create job my-job --image=busybox\n  \n  # Create a job with a command\n  kubectl create job my-job --image=busybox -- date\n  \n  # Create a job from a cron job named \"a-cronjob\"\n  kubectl create job test-job --from=cronjob/a-cronjob",
    usage_line: "kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_FROM,
        &FLAG_IMAGE_3,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create namespace`.
pub static CMD_CREATE_NAMESPACE: CommandSpec = CommandSpec {
    name: "namespace",
    aliases: &["ns"],
    suggest_for: &[],
    short: "Create a namespace with the specified name",
    long: "Create a namespace with the specified name.",
    example:
        "  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace",
    usage_line: "kubectl create namespace NAME [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE,
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create poddisruptionbudget`.
pub static CMD_CREATE_PODDISRUPTIONBUDGET: CommandSpec = CommandSpec {
    name: "poddisruptionbudget",
    aliases: &["pdb"],
    suggest_for: &[],
    short: "Create a pod disruption budget with the specified name",
    long: "Create a pod disruption budget with the specified name, selector, and desired minimum available pods.",
    example: "  # Create a pod disruption budget named my-pdb that will select all pods with the app=rails label\n  # and require at least one of them being available at any point in time\n  kubectl create poddisruptionbudget my-pdb --selector=app=rails --min-available=1\n  \n  # Create a pod disruption budget named my-pdb that will select all pods with the app=nginx label\n  # and require at least half of the pods selected to be available at any point in time\n  kubectl create pdb my-pdb --selector=app=nginx --min-available=50%",
    usage_line: "kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_MAX_UNAVAILABLE,
        &FLAG_MIN_AVAILABLE,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SELECTOR_2,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create priorityclass`.
pub static CMD_CREATE_PRIORITYCLASS: CommandSpec = CommandSpec {
    name: "priorityclass",
    aliases: &["pc"],
    suggest_for: &[],
    short: "Create a priority class with the specified name",
    long: "Create a priority class with the specified name, value, globalDefault and description.",
    example: "  # Create a priority class named high-priority\n  kubectl create priorityclass high-priority --value=1000 --description=\"high priority\"\n  \n  # Create a priority class named default-priority that is considered as the global default priority\n  kubectl create priorityclass default-priority --value=1000 --global-default=true --description=\"default priority\"\n  \n  # Create a priority class named high-priority that cannot preempt pods with lower priority\n  kubectl create priorityclass high-priority --value=1000 --description=\"high priority\" --preemption-policy=\"Never\"",
    usage_line: "kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DESCRIPTION,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_GLOBAL_DEFAULT,
        &FLAG_OUTPUT_2,
        &FLAG_PREEMPTION_POLICY,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE,
        &FLAG_VALUE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create quota`.
pub static CMD_CREATE_QUOTA: CommandSpec = CommandSpec {
    name: "quota",
    aliases: &["resourcequota"],
    suggest_for: &[],
    short: "Create a quota with the specified name",
    long: "Create a resource quota with the specified name, hard limits, and optional scopes.",
    example: "  # Create a new resource quota named my-quota\n  kubectl create quota my-quota --hard=cpu=1,memory=1G,pods=2,services=3,replicationcontrollers=2,resourcequotas=1,secrets=5,persistentvolumeclaims=10\n  \n  # Create a new resource quota named best-effort\n  kubectl create quota best-effort --hard=pods=100 --scopes=BestEffort",
    usage_line: "kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_HARD,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SCOPES,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create role`.
pub static CMD_CREATE_ROLE: CommandSpec = CommandSpec {
    name: "role",
    aliases: &[],
    suggest_for: &[],
    short: "Create a role with single rule",
    long: "Create a role with single rule.",
    example: "  # Create a role named \"pod-reader\" that allows user to perform \"get\", \"watch\" and \"list\" on pods\n  kubectl create role pod-reader --verb=get --verb=list --verb=watch --resource=pods\n  \n  # Create a role named \"pod-reader\" with ResourceName specified\n  kubectl create role pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod\n  \n  # Create a role named \"foo\" with API Group specified\n  kubectl create role foo --verb=get,list,watch --resource=rs.apps\n  \n  # Create a role named \"foo\" with SubResource specified\n  kubectl create role foo --verb=get,list,watch --resource=pods,pods/status",
    usage_line: "kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_OUTPUT_2,
        &FLAG_RESOURCE,
        &FLAG_RESOURCE_NAME,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE,
        &FLAG_VERB
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create rolebinding`.
pub static CMD_CREATE_ROLEBINDING: CommandSpec = CommandSpec {
    name: "rolebinding",
    aliases: &[],
    suggest_for: &[],
    short: "Create a role binding for a particular role or cluster role",
    long: "Create a role binding for a particular role or cluster role.",
    example: "  # Create a role binding for user1, user2, and group1 using the admin cluster role\n  kubectl create rolebinding admin --clusterrole=admin --user=user1 --user=user2 --group=group1\n  \n  # Create a role binding for service account monitoring:sa-dev using the admin role\n  kubectl create rolebinding admin-binding --role=admin --serviceaccount=monitoring:sa-dev",
    usage_line: "kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CLUSTERROLE_2,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_GROUP_2,
        &FLAG_OUTPUT_2,
        &FLAG_ROLE,
        &FLAG_SAVE_CONFIG,
        &FLAG_SERVICEACCOUNT_2,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_USER_3,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create secret`.
pub static CMD_CREATE_SECRET: CommandSpec = CommandSpec {
    name: "secret",
    aliases: &[],
    suggest_for: &[],
    short: "Create a secret using a specified subcommand",
    long: "Create a secret with specified type.\n\n A docker-registry type secret is for accessing a container registry.\n\n A generic type secret indicate an Opaque secret type.\n\n A tls type secret holds TLS certificate and its associated key.",
    example: "",
    usage_line: "kubectl create secret (docker-registry | generic | tls) [options]",
    run: RunKind::SubcommandGroup,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[&CMD_CREATE_SECRET_DOCKER_REGISTRY, &CMD_CREATE_SECRET_GENERIC, &CMD_CREATE_SECRET_TLS],
};

/// `kubectl create secret docker-registry`.
pub static CMD_CREATE_SECRET_DOCKER_REGISTRY: CommandSpec = CommandSpec {
    name: "docker-registry",
    aliases: &[],
    suggest_for: &[],
    short: "Create a secret for use with a Docker registry",
    long: "Create a new secret for use with Docker registries.\n        \n        Dockercfg secrets are used to authenticate against Docker registries.\n        \n        When using the Docker command line to push images, you can authenticate to a given registry by running:\n        '$ docker login DOCKER_REGISTRY_SERVER --username=DOCKER_USER --password=DOCKER_PASSWORD --email=DOCKER_EMAIL'.\n        \n That produces a ~/.dockercfg file that is used by subsequent 'docker push' and 'docker pull' commands to authenticate to the registry. The email address is optional.\n\n        When creating applications, you may have a Docker registry that requires authentication.  In order for the\n        nodes to pull images on your behalf, they must have the credentials.  You can provide this information\n        by creating a dockercfg secret and attaching it to your service account.",
    example: "  # If you do not already have a .dockercfg file, create a dockercfg secret directly\n  kubectl create secret docker-registry my-secret --docker-server=DOCKER_REGISTRY_SERVER --docker-username=DOCKER_USER --docker-password=DOCKER_PASSWORD --docker-email=DOCKER_EMAIL\n  \n  # Create a new secret named my-secret from ~/.docker/config.json\n  kubectl create secret docker-registry my-secret --from-file=path/to/.docker/config.json",
    usage_line: "kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_APPEND_HASH_2,
        &FLAG_DOCKER_EMAIL,
        &FLAG_DOCKER_PASSWORD,
        &FLAG_DOCKER_SERVER,
        &FLAG_DOCKER_USERNAME,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_FROM_FILE_2,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create secret generic`.
pub static CMD_CREATE_SECRET_GENERIC: CommandSpec = CommandSpec {
    name: "generic",
    aliases: &[],
    suggest_for: &[],
    short: "Create a secret from a local file, directory, or literal value",
    long: "Create a secret based on a file, directory, or specified literal value.\n\n A single secret may package one or more key/value pairs.\n\n When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.\n\n When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).",
    example: "  # Create a new secret named my-secret with keys for each file in folder bar\n  kubectl create secret generic my-secret --from-file=path/to/bar\n  \n  # Create a new secret named my-secret with specified keys instead of names on disk\n  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub\n  \n  # Create a new secret named my-secret with key1=supersecret and key2=topsecret\n  kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret\n  \n  # Create a new secret named my-secret using a combination of a file and a literal\n  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret\n  \n  # Create a new secret named my-secret from env files\n  kubectl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env",
    usage_line: "kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_APPEND_HASH_2,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_FROM_ENV_FILE_2,
        &FLAG_FROM_FILE_3,
        &FLAG_FROM_LITERAL_2,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_TYPE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create secret tls`.
pub static CMD_CREATE_SECRET_TLS: CommandSpec = CommandSpec {
    name: "tls",
    aliases: &[],
    suggest_for: &[],
    short: "Create a TLS secret",
    long: "Create a TLS secret from the given public/private key pair.\n\n The public/private key pair must exist beforehand. The public key certificate must be .PEM encoded and match the given private key.",
    example: "  # Create a new TLS secret named tls-secret with the given key pair\n  kubectl create secret tls tls-secret --cert=path/to/tls.crt --key=path/to/tls.key",
    usage_line: "kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_APPEND_HASH_2,
        &FLAG_CERT,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_KEY,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create service`.
pub static CMD_CREATE_SERVICE: CommandSpec = CommandSpec {
    name: "service",
    aliases: &["svc"],
    suggest_for: &[],
    short: "Create a service using a specified subcommand",
    long: "Create a service using a specified subcommand.",
    example: "",
    usage_line: "kubectl create service [flags] [options]",
    run: RunKind::SubcommandGroup,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[
        &CMD_CREATE_SERVICE_CLUSTERIP,
        &CMD_CREATE_SERVICE_EXTERNALNAME,
        &CMD_CREATE_SERVICE_LOADBALANCER,
        &CMD_CREATE_SERVICE_NODEPORT,
    ],
};

/// `kubectl create service clusterip`.
pub static CMD_CREATE_SERVICE_CLUSTERIP: CommandSpec = CommandSpec {
    name: "clusterip",
    aliases: &[],
    suggest_for: &[],
    short: "Create a ClusterIP service",
    long: "Create a ClusterIP service with the specified name.",
    example: "  # Create a new ClusterIP service named my-cs\n  kubectl create service clusterip my-cs --tcp=5678:8080\n  \n  # Create a new ClusterIP service named my-cs (in headless mode)\n  kubectl create service clusterip my-cs --clusterip=\"None\"",
    usage_line: "kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CLUSTERIP,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TCP,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create service externalname`.
pub static CMD_CREATE_SERVICE_EXTERNALNAME: CommandSpec = CommandSpec {
    name: "externalname",
    aliases: &[],
    suggest_for: &[],
    short: "Create an ExternalName service",
    long: "Create an ExternalName service with the specified name.\n\n ExternalName service references to an external DNS address instead of only pods, which will allow application authors to reference services that exist off platform, on other clusters, or locally.",
    example: "  # Create a new ExternalName service named my-ns\n  kubectl create service externalname my-ns --external-name bar.com",
    usage_line: "kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_EXTERNAL_NAME,
        &FLAG_FIELD_MANAGER,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TCP,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create service loadbalancer`.
pub static CMD_CREATE_SERVICE_LOADBALANCER: CommandSpec = CommandSpec {
    name: "loadbalancer",
    aliases: &[],
    suggest_for: &[],
    short: "Create a LoadBalancer service",
    long: "Create a LoadBalancer service with the specified name.",
    example: "  # Create a new LoadBalancer service named my-lbs\n  kubectl create service loadbalancer my-lbs --tcp=5678:8080",
    usage_line: "kubectl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TCP,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create service nodeport`.
pub static CMD_CREATE_SERVICE_NODEPORT: CommandSpec = CommandSpec {
    name: "nodeport",
    aliases: &[],
    suggest_for: &[],
    short: "Create a NodePort service",
    long: "Create a NodePort service with the specified name.",
    example: "  # Create a new NodePort service named my-ns\n  kubectl create service nodeport my-ns --tcp=5678:8080",
    usage_line: "kubectl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_NODE_PORT,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TCP,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create serviceaccount`.
pub static CMD_CREATE_SERVICEACCOUNT: CommandSpec = CommandSpec {
    name: "serviceaccount",
    aliases: &["sa"],
    suggest_for: &[],
    short: "Create a service account with the specified name",
    long: "Create a service account with the specified name.",
    example: "  # Create a new service account named my-service-account\n  kubectl create serviceaccount my-service-account",
    usage_line: "kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER,
        &FLAG_OUTPUT_2,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl create token`.
pub static CMD_CREATE_TOKEN: CommandSpec = CommandSpec {
    name: "token",
    aliases: &[],
    suggest_for: &[],
    short: "Request a service account token",
    long: "Request a service account token.",
    example: "  # Request a token to authenticate to the kube-apiserver as the service account \"myapp\" in the current namespace\n  kubectl create token myapp\n  \n  # Request a token for a service account in a custom namespace\n  kubectl create token myapp --namespace myns\n  \n  # Request a token with a custom expiration\n  kubectl create token myapp --duration 10m\n  \n  # Request a token with a custom audience\n  kubectl create token myapp --audience https://example.com\n  \n  # Request a token bound to an instance of a Secret object\n  kubectl create token myapp --bound-object-kind Secret --bound-object-name mysecret\n  \n  # Request a token bound to an instance of a Secret object with a specific UID\n  kubectl create token myapp --bound-object-kind Secret --bound-object-name mysecret --bound-object-uid 0d4691ed-659b-4935-a832-355f77ee47cc",
    usage_line: "kubectl create token SERVICE_ACCOUNT_NAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_AUDIENCE,
        &FLAG_BOUND_OBJECT_KIND,
        &FLAG_BOUND_OBJECT_NAME,
        &FLAG_BOUND_OBJECT_UID,
        &FLAG_DURATION,
        &FLAG_OUTPUT_2,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl apply`.
pub static CMD_DIFF: CommandSpec = CommandSpec {
    name: "diff",
    aliases: &[],
    suggest_for: &[],
    short: "Diff the live version against a would-be applied version",
    long: "Diff configurations specified by file name or stdin between the current online configuration, and the configuration as it would be if applied.\n\n The output is always YAML.\n\n KUBECTL_EXTERNAL_DIFF environment variable can be used to select your own diff command. Users can use external commands with params too, example: KUBECTL_EXTERNAL_DIFF=\"colordiff -N -u\"\n\n By default, the \"diff\" command available in your path will be run with the \"-u\" (unified diff) and \"-N\" (treat absent files as empty) options.\n\n Exit status: 0 No differences were found. 1 Differences were found. >1 Kubectl or diff failed with an error.\n\n Note: KUBECTL_EXTERNAL_DIFF, if used, is expected to follow that convention.",
    example: "  # Diff resources included in pod.json\n  kubectl diff -f pod.json\n  \n  # Diff file read from stdin\n  cat service.yaml | kubectl diff -f -",
    usage_line: "kubectl diff -f FILENAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_CONCURRENCY,
        &FLAG_FIELD_MANAGER_2,
        &FLAG_FILENAME_DIFF,
        &FLAG_FORCE_CONFLICTS,
        &FLAG_KUSTOMIZE,
        &FLAG_PRUNE_DIFF,
        &FLAG_PRUNE_ALLOWLIST,
        &FLAG_RECURSIVE,
        &FLAG_SELECTOR,
        &FLAG_SERVER_SIDE,
        &FLAG_SHOW_MANAGED_FIELDS_DIFF,
        &FLAG_SHOW_SECRETS,
    ],
    persistent_flags: &[],
    subcommands: &[],
};
static FLAG_CONCURRENCY: FlagSpec = FlagSpec { name: "concurrency", shorthand: None, kind: FlagKind::Int, default: "1", no_opt_default: None, usage: "Number of objects to process in parallel when diffing against the live version. Larger number = faster, but more memory, I/O and CPU over that shorter period of time.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FILENAME_DIFF: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files contains the configuration to diff",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_PRUNE_DIFF: FlagSpec = FlagSpec { name: "prune", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Include resources that would be deleted by pruning. Can be used with -l and default shows all resources would be pruned", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SHOW_MANAGED_FIELDS_DIFF: FlagSpec = FlagSpec {
    name: "show-managed-fields",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, include managed fields in the diff.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SHOW_SECRETS: FlagSpec = FlagSpec {
    name: "show-secrets",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, do not mask secret values in the diff.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
pub static CMD_APPLY: CommandSpec = CommandSpec {
    name: "apply",
    aliases: &[],
    suggest_for: &[],
    short: "Apply a configuration to a resource by file name or stdin",
    long: "Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.\n\n JSON and YAML formats are accepted.\n\n Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.",
    example: "  # Apply the configuration in pod.json to a pod\n  kubectl apply -f ./pod.json\n  \n  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml\n  kubectl apply -k dir/\n  \n  # Apply the JSON passed into stdin to a pod\n  cat pod.json | kubectl apply -f -\n  \n  # Apply the configuration from all files that end with '.json'\n  kubectl apply -f '*.json'\n  \n  # Note: --prune is still in Alpha\n  # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx\n  kubectl apply --prune -f manifest.yaml -l app=nginx\n  \n  # Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file\n  kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap",
    usage_line: "kubectl apply (-f FILENAME | -k DIRECTORY) [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALL,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CASCADE,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER_2,
        &FLAG_FILENAME_4,
        &FLAG_FORCE,
        &FLAG_FORCE_CONFLICTS,
        &FLAG_GRACE_PERIOD,
        &FLAG_KUSTOMIZE_2,
        &FLAG_OPENAPI_PATCH,
        &FLAG_OUTPUT_2,
        &FLAG_OVERWRITE,
        &FLAG_PRUNE,
        &FLAG_PRUNE_ALLOWLIST,
        &FLAG_RECORD,
        &FLAG_RECURSIVE,
        &FLAG_SELECTOR,
        &FLAG_SERVER_SIDE,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_SUBRESOURCE_2,
        &FLAG_TEMPLATE,
        &FLAG_TIMEOUT,
        &FLAG_VALIDATE,
        &FLAG_WAIT
    ],
    persistent_flags: &[],
    subcommands: &[&CMD_APPLY_EDIT_LAST_APPLIED, &CMD_APPLY_SET_LAST_APPLIED, &CMD_APPLY_VIEW_LAST_APPLIED],
};

/// `kubectl apply edit-last-applied`.
pub static CMD_APPLY_EDIT_LAST_APPLIED: CommandSpec = CommandSpec {
    name: "edit-last-applied",
    aliases: &[],
    suggest_for: &[],
    short: "Edit latest last-applied-configuration annotations of a resource/object",
    long: "Edit the latest last-applied-configuration annotations of resources from the default editor.\n\n The edit-last-applied command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.\n\n The default format is YAML. To edit in JSON, specify \"-o json\".\n\n The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.\n\n In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.",
    example: "  # Edit the last-applied-configuration annotations by type/name in YAML\n  kubectl apply edit-last-applied deployment/nginx\n  \n  # Edit the last-applied-configuration annotations by file in JSON\n  kubectl apply edit-last-applied -f deploy.yaml -o json",
    usage_line: "kubectl apply edit-last-applied (RESOURCE/NAME | -f FILENAME) [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_FIELD_MANAGER_2,
        &FLAG_FILENAME_5,
        &FLAG_KUSTOMIZE,
        &FLAG_OUTPUT_2,
        &FLAG_RECORD,
        &FLAG_RECURSIVE,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE,
        &FLAG_WINDOWS_LINE_ENDINGS_2
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl apply set-last-applied`.
pub static CMD_APPLY_SET_LAST_APPLIED: CommandSpec = CommandSpec {
    name: "set-last-applied",
    aliases: &[],
    suggest_for: &[],
    short: "Set the last-applied-configuration annotation on a live object to match the contents of a file",
    long: "Set the latest last-applied-configuration annotations by setting it to match the contents of a file. This results in the last-applied-configuration being updated as though 'kubectl apply -f<file> ' was run, without updating any other parts of the object.",
    example: "  # Set the last-applied-configuration of a resource to match the contents of a file\n  kubectl apply set-last-applied -f deploy.yaml\n  \n  # Execute set-last-applied against each configuration file in a directory\n  kubectl apply set-last-applied -f path/\n  \n  # Set the last-applied-configuration of a resource to match the contents of a file; will create the annotation if it does not already exist\n  kubectl apply set-last-applied -f deploy.yaml --create-annotation=true",
    usage_line: "kubectl apply set-last-applied -f FILENAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CREATE_ANNOTATION,
        &FLAG_DRY_RUN,
        &FLAG_FILENAME_6,
        &FLAG_OUTPUT_2,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl apply view-last-applied`.
pub static CMD_APPLY_VIEW_LAST_APPLIED: CommandSpec = CommandSpec {
    name: "view-last-applied",
    aliases: &[],
    suggest_for: &[],
    short: "View the latest last-applied-configuration annotations of a resource/object",
    long: "View the latest last-applied-configuration annotations by type/name or file.\n\n The default output will be printed to stdout in YAML format. You can use the -o option to change the output format.",
    example: "  # View the last-applied-configuration annotations by type/name in YAML\n  kubectl apply view-last-applied deployment/nginx\n  \n  # View the last-applied-configuration annotations by file in JSON\n  kubectl apply view-last-applied -f deploy.yaml -o json",
    usage_line: "kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_2,
        &FLAG_FILENAME_6,
        &FLAG_KUSTOMIZE,
        &FLAG_OUTPUT_3,
        &FLAG_RECURSIVE,
        &FLAG_SELECTOR
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl delete`.
pub static CMD_DELETE: CommandSpec = CommandSpec {
    name: "delete",
    aliases: &[],
    suggest_for: &["rm", "remove"],
    short: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
    long: "Delete resources by file names, stdin, resources and names, or by resources and label selector.\n\n JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.\n\n Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.\n\n IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.\n\n Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.\n\n After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run \"kubectl api-resources\" to refresh the discovery cache.",
    example: "  # Delete a pod using the type and name specified in pod.json\n  kubectl delete -f ./pod.json\n  \n  # Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml\n  kubectl delete -k dir\n  \n  # Delete resources from all files that end with '.json'\n  kubectl delete -f '*.json'\n  \n  # Delete a pod based on the type and name in the JSON passed into stdin\n  cat pod.json | kubectl delete -f -\n  \n  # Delete pods and services with same names \"baz\" and \"foo\"\n  kubectl delete pod,service baz foo\n  \n  # Delete pods and services with label name=myLabel\n  kubectl delete pods,services -l name=myLabel\n  \n  # Delete a pod with minimal delay\n  kubectl delete pod foo --now\n  \n  # Force delete a pod on a dead node\n  kubectl delete pod foo --force\n  \n  # Delete all pods\n  kubectl delete pods --all\n  \n  # Delete all pods only if the user confirms the deletion\n  kubectl delete pods --all --interactive",
    usage_line: "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_3,
        &FLAG_ALL_NAMESPACES,
        &FLAG_CASCADE,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_SELECTOR,
        &FLAG_FILENAME_7,
        &FLAG_FORCE,
        &FLAG_GRACE_PERIOD,
        &FLAG_IGNORE_NOT_FOUND_2,
        &FLAG_INTERACTIVE,
        &FLAG_KUSTOMIZE_2,
        &FLAG_NOW,
        &FLAG_OUTPUT_4,
        &FLAG_RAW_3,
        &FLAG_RECURSIVE,
        &FLAG_SELECTOR,
        &FLAG_TIMEOUT,
        &FLAG_WAIT_2
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl label`.
pub static CMD_LABEL: CommandSpec = CommandSpec {
    name: "label",
    aliases: &[],
    suggest_for: &[],
    short: "Update the labels on a resource",
    long: "Update the labels on a resource.\n\n  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.\n  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.\n  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.\n  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.",
    example: "  # Update pod 'foo' with the label 'unhealthy' and the value 'true'\n  kubectl label pods foo unhealthy=true\n  \n  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value\n  kubectl label --overwrite pods foo status=unhealthy\n  \n  # Update all pods in the namespace\n  kubectl label pods --all status=unhealthy\n  \n  # Update a pod identified by the type and name in \"pod.json\"\n  kubectl label -f pod.json status=unhealthy\n  \n  # Update pod 'foo' only if the resource is unchanged from version 1\n  kubectl label pods foo status=unhealthy --resource-version=1\n  \n  # Update pod 'foo' by removing a label named 'bar' if it exists\n  # Does not require the --overwrite flag\n  kubectl label pods foo bar-",
    usage_line: "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_4,
        &FLAG_ALL_NAMESPACES_2,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER_3,
        &FLAG_FIELD_SELECTOR,
        &FLAG_FILENAME_8,
        &FLAG_KUSTOMIZE,
        &FLAG_LIST,
        &FLAG_LOCAL,
        &FLAG_OUTPUT_2,
        &FLAG_OVERWRITE_2,
        &FLAG_RECORD,
        &FLAG_RECURSIVE,
        &FLAG_RESOURCE_VERSION,
        &FLAG_SELECTOR,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl annotate`.
pub static CMD_ANNOTATE: CommandSpec = CommandSpec {
    name: "annotate",
    aliases: &[],
    suggest_for: &[],
    short: "Update the annotations on a resource",
    long: "Update the annotations on one or more resources.\n\n All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.\n\n Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.",
    example: "  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'\n  # If the same annotation is set multiple times, only the last value will be applied\n  kubectl annotate pods foo description='my frontend'\n  \n  # Update a pod identified by type and name in \"pod.json\"\n  kubectl annotate -f pod.json description='my frontend'\n  \n  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value\n  kubectl annotate --overwrite pods foo description='my frontend running nginx'\n  \n  # Update all pods in the namespace\n  kubectl annotate pods --all description='my frontend running nginx'\n  \n  # Update pod 'foo' only if the resource is unchanged from version 1\n  kubectl annotate pods foo description='my frontend running nginx' --resource-version=1\n  \n  # Update pod 'foo' by removing an annotation named 'description' if it exists\n  # Does not require the --overwrite flag\n  kubectl annotate pods foo description-",
    usage_line: "kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_2,
        &FLAG_ALL_NAMESPACES,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER_4,
        &FLAG_FIELD_SELECTOR,
        &FLAG_FILENAME_9,
        &FLAG_KUSTOMIZE_2,
        &FLAG_LIST_2,
        &FLAG_LOCAL_2,
        &FLAG_OUTPUT_2,
        &FLAG_OVERWRITE_3,
        &FLAG_RECORD,
        &FLAG_RECURSIVE_2,
        &FLAG_RESOURCE_VERSION_2,
        &FLAG_SELECTOR_3,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl logs`.
pub static CMD_LOGS: CommandSpec = CommandSpec {
    name: "logs",
    aliases: &[],
    suggest_for: &[],
    short: "Print the logs for a container in a pod",
    long: "Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.",
    example: "  # Return snapshot logs from pod nginx with only one container\n  kubectl logs nginx\n  \n  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name\n  kubectl logs nginx --prefix\n  \n  # Return snapshot logs from pod nginx, limiting output to 500 bytes\n  kubectl logs nginx --limit-bytes=500\n  \n  # Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.\n  kubectl logs nginx --pod-running-timeout=20s\n  \n  # Return snapshot logs from pod nginx with multi containers\n  kubectl logs nginx --all-containers=true\n  \n  # Return snapshot logs from all pods in the deployment nginx\n  kubectl logs deployment/nginx --all-pods=true\n  \n  # Return snapshot logs from all containers in pods defined by label app=nginx\n  kubectl logs -l app=nginx --all-containers=true\n  \n  # Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods\n  kubectl logs -l app=nginx --max-log-requests=10\n  \n  # Return snapshot of previous terminated ruby container logs from pod web-1\n  kubectl logs -p -c ruby web-1\n  \n  # Begin streaming the logs from pod nginx, continuing even if errors occur\n  kubectl logs nginx -f --ignore-errors=true\n  \n  # Begin streaming the logs of the ruby container in pod web-1\n  kubectl logs -f -c ruby web-1\n  \n  # Begin streaming the logs from all containers in pods defined by label app=nginx\n  kubectl logs -f -l app=nginx --all-containers=true\n  \n  # Display only the most recent 20 lines of output in pod nginx\n  kubectl logs --tail=20 nginx\n  \n  # Show all logs from pod nginx written in the last hour\n  kubectl logs --since=1h nginx\n  \n  # Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC\n  kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true\n  \n  # Show logs from a kubelet with an expired serving certificate\n  kubectl logs --insecure-skip-tls-verify-backend nginx\n  \n  # Return snapshot logs from first container of a job named hello\n  kubectl logs job/hello\n  \n  # Return snapshot logs from container nginx-1 of a deployment named nginx\n  kubectl logs deployment/nginx -c nginx-1",
    usage_line: "kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::PodThenContainer,
    flags: &[
        &FLAG_ALL_CONTAINERS,
        &FLAG_ALL_PODS,
        &FLAG_CONTAINER,
        &FLAG_FOLLOW,
        &FLAG_IGNORE_ERRORS,
        &FLAG_INSECURE_SKIP_TLS_VERIFY_BACKEND,
        &FLAG_LIMIT_BYTES,
        &FLAG_MAX_LOG_REQUESTS,
        &FLAG_POD_RUNNING_TIMEOUT,
        &FLAG_PREFIX,
        &FLAG_PREVIOUS,
        &FLAG_SELECTOR,
        &FLAG_SINCE,
        &FLAG_SINCE_TIME,
        &FLAG_TAIL,
        &FLAG_TIMESTAMPS
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl port-forward`.
pub static CMD_PORT_FORWARD: CommandSpec = CommandSpec {
    name: "port-forward",
    aliases: &[],
    suggest_for: &[],
    short: "Forward one or more local ports to a pod",
    long: "Forward one or more local ports to a pod.\n\n Use resource type/name such as deployment/mydeployment to select a pod. Resource type defaults to 'pod' if omitted.\n\n If there are multiple pods matching the criteria, a pod will be selected automatically. The forwarding session ends when the selected pod terminates, and a rerun of the command is needed to resume forwarding.",
    example: "  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in the pod\n  kubectl port-forward pod/mypod 5000 6000\n  \n  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in a pod selected by the deployment\n  kubectl port-forward deployment/mydeployment 5000 6000\n  \n  # Listen on port 8443 locally, forwarding to the targetPort of the service's port named \"https\" in a pod selected by the service\n  kubectl port-forward service/myservice 8443:https\n  \n  # Listen on port 8888 locally, forwarding to 5000 in the pod\n  kubectl port-forward pod/mypod 8888:5000\n  \n  # Listen on port 8888 on all addresses, forwarding to 5000 in the pod\n  kubectl port-forward --address 0.0.0.0 pod/mypod 8888:5000\n  \n  # Listen on port 8888 on localhost and selected IP, forwarding to 5000 in the pod\n  kubectl port-forward --address localhost,10.19.21.23 pod/mypod 8888:5000\n  \n  # Listen on a random port locally, forwarding to 5000 in the pod\n  kubectl port-forward pod/mypod :5000",
    usage_line: "kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Pod,
    flags: &[
        &FLAG_ADDRESS,
        &FLAG_POD_RUNNING_TIMEOUT_2
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl attach`.
pub static CMD_ATTACH: CommandSpec = CommandSpec {
    name: "attach",
    aliases: &[],
    suggest_for: &[],
    short: "Attach to a running container",
    long: "Attach to a process that is already running inside an existing container.",
    example: "  # Get output from running pod mypod; use the 'kubectl.kubernetes.io/default-container' annotation\n  # for selecting the container to be attached or the first container in the pod will be chosen\n  kubectl attach mypod\n  \n  # Get output from ruby-container from pod mypod\n  kubectl attach mypod -c ruby-container\n  \n  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod\n  # and sends stdout/stderr from 'bash' back to the client\n  kubectl attach mypod -c ruby-container -i -t\n  \n  # Get output from the first pod of a replica set named nginx\n  kubectl attach rs/nginx",
    usage_line: "kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Pod,
    flags: &[
        &FLAG_CONTAINER_2,
        &FLAG_DETACH_KEYS_2,
        &FLAG_POD_RUNNING_TIMEOUT_2,
        &FLAG_QUIET,
        &FLAG_STDIN,
        &FLAG_TTY
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl exec`.
pub static CMD_EXEC: CommandSpec = CommandSpec {
    name: "exec",
    aliases: &[],
    suggest_for: &[],
    short: "Execute a command in a container",
    long: "Execute a command in a container.",
    example: "  # Get output from running the 'date' command from pod mypod, using the first container by default\n  kubectl exec mypod -- date\n  \n  # Get output from running the 'date' command in ruby-container from pod mypod\n  kubectl exec mypod -c ruby-container -- date\n  \n  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod\n  # and sends stdout/stderr from 'bash' back to the client\n  kubectl exec mypod -c ruby-container -i -t -- bash -il\n  \n  # List contents of /usr from the first container of pod mypod and sort by modification time\n  # If the command you want to execute in the pod has any flags in common (e.g. -i),\n  # you must use two dashes (--) to separate your command's flags/arguments\n  # Also note, do not surround your command and its flags/arguments with quotes\n  # unless that is how you would execute it normally (i.e., do ls -t /usr, not \"ls -t /usr\")\n  kubectl exec mypod -i -t -- ls -t /usr\n  \n  # Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default\n  kubectl exec deploy/mydeployment -- date\n  \n  # Get output from running 'date' command from the first pod of the service myservice, using the first container by default\n  kubectl exec svc/myservice -- date",
    usage_line: "kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Pod,
    flags: &[
        &FLAG_CONTAINER_2,
        &FLAG_FILENAME_10,
        &FLAG_POD_RUNNING_TIMEOUT_2,
        &FLAG_QUIET,
        &FLAG_STDIN,
        &FLAG_TTY
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl run`.
pub static CMD_RUN: CommandSpec = CommandSpec {
    name: "run",
    aliases: &[],
    suggest_for: &[],
    short: "Run a particular image on the cluster",
    long: "Create and run a particular image in a pod.",
    example: "  # Start a nginx pod\n  kubectl run nginx --image=nginx\n  \n  # Start a hazelcast pod and let the container expose port 5701\n  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701\n  \n  # Start a hazelcast pod and set environment variables \"DNS_DOMAIN=cluster\" and \"POD_NAMESPACE=default\" in the container\n  kubectl run hazelcast --image=hazelcast/hazelcast --env=\"DNS_DOMAIN=cluster\" --env=\"POD_NAMESPACE=default\"\n  \n  # Start a hazelcast pod and set labels \"app=hazelcast\" and \"env=prod\" in the container\n  kubectl run hazelcast --image=hazelcast/hazelcast --labels=\"app=hazelcast,env=prod\"\n  \n  # Dry run; print the corresponding API objects without creating them\n  kubectl run nginx --image=nginx --dry-run=client\n  \n  # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON\n  kubectl run nginx --image=nginx --overrides='{ \"apiVersion\": \"v1\", \"spec\": { ... } }'\n  \n  # Start a busybox pod and keep it in the foreground, don't restart it if it exits\n  kubectl run -i -t busybox --image=busybox --restart=Never\n  \n  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command\n  kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>\n  \n  # Start the nginx pod using a different command and custom arguments\n  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>",
    usage_line: "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_ANNOTATIONS,
        &FLAG_ATTACH,
        &FLAG_CASCADE,
        &FLAG_COMMAND,
        &FLAG_DETACH_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_ENV,
        &FLAG_EXPOSE,
        &FLAG_FIELD_MANAGER_5,
        &FLAG_FILENAME_11,
        &FLAG_FORCE,
        &FLAG_GRACE_PERIOD,
        &FLAG_IMAGE_4,
        &FLAG_IMAGE_PULL_POLICY,
        &FLAG_KUSTOMIZE_2,
        &FLAG_LABELS,
        &FLAG_LEAVE_STDIN_OPEN,
        &FLAG_OUTPUT_2,
        &FLAG_OVERRIDE_TYPE,
        &FLAG_OVERRIDES,
        &FLAG_POD_RUNNING_TIMEOUT_2,
        &FLAG_PORT_2,
        &FLAG_PRIVILEGED,
        &FLAG_QUIET_2,
        &FLAG_RECORD,
        &FLAG_RECURSIVE,
        &FLAG_RESTART_2,
        &FLAG_RM,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_STDIN_2,
        &FLAG_TEMPLATE,
        &FLAG_TIMEOUT,
        &FLAG_TTY_2,
        &FLAG_WAIT
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl explain`.
pub static CMD_EXPLAIN: CommandSpec = CommandSpec {
    name: "explain",
    aliases: &[],
    suggest_for: &[],
    short: "Get documentation for a resource",
    long: "Describe fields and structure of various resources.\n\n This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:\n\n        TYPE.FIELDNAME[.FIELDNAME]\n        \n Information about each field is retrieved from the server in OpenAPI format.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.",
    example: "  # Get the documentation of the resource and its fields\n  kubectl explain pods\n  \n  # Get all the fields in the resource\n  kubectl explain pods --recursive\n  \n  # Get fields in the resource up to a specific recursive depth\n  kubectl explain pods --recursive --max-depth=2\n  \n  # Get the explanation for deployment in supported api versions\n  kubectl explain deployments --api-version=apps/v1\n  \n  # Get the documentation of a specific field of a resource\n  kubectl explain pods.spec.containers\n  \n  # Get the documentation of resources in different format\n  kubectl explain deployment --output=plaintext-openapiv2",
    usage_line: "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceType,
    flags: &[
        &FLAG_API_VERSION,
        &FLAG_MAX_DEPTH,
        &FLAG_OUTPUT_5,
        &FLAG_RECURSIVE_3
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config`.
pub static CMD_CONFIG: CommandSpec = CommandSpec {
    name: "config",
    aliases: &[],
    suggest_for: &[],
    short: "Modify kubeconfig files",
    long: "Modify kubeconfig files using subcommands like \"kubectl config set current-context my-context\".\n\n The loading order follows these rules:\n\n  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.\n  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.\n  3.  Otherwise, ${HOME}/.kube/config is used and no merging takes place.",
    example: "",
    usage_line: "kubectl config SUBCOMMAND [options]",
    run: RunKind::SubcommandGroup,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[&FLAG_KUBECONFIG_2],
    subcommands: &[&CMD_CONFIG_CURRENT_CONTEXT, &CMD_CONFIG_DELETE_CLUSTER, &CMD_CONFIG_DELETE_CONTEXT, &CMD_CONFIG_DELETE_USER, &CMD_CONFIG_GET_CLUSTERS, &CMD_CONFIG_GET_CONTEXTS, &CMD_CONFIG_GET_USERS, &CMD_CONFIG_RENAME_CONTEXT, &CMD_CONFIG_SET, &CMD_CONFIG_SET_CLUSTER, &CMD_CONFIG_SET_CONTEXT, &CMD_CONFIG_SET_CREDENTIALS, &CMD_CONFIG_UNSET, &CMD_CONFIG_USE_CONTEXT, &CMD_CONFIG_VIEW],
};

/// `kubectl config current-context`.
pub static CMD_CONFIG_CURRENT_CONTEXT: CommandSpec = CommandSpec {
    name: "current-context",
    aliases: &[],
    suggest_for: &[],
    short: "Display the current-context",
    long: "Display the current-context.",
    example: "  # Display the current-context\n  kubectl config current-context",
    usage_line: "kubectl config current-context [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config delete-cluster`.
pub static CMD_CONFIG_DELETE_CLUSTER: CommandSpec = CommandSpec {
    name: "delete-cluster",
    aliases: &[],
    suggest_for: &[],
    short: "Delete the specified cluster from the kubeconfig",
    long: "Delete the specified cluster from the kubeconfig.",
    example: "  # Delete the minikube cluster\n  kubectl config delete-cluster minikube",
    usage_line: "kubectl config delete-cluster NAME [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::Cluster,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config delete-context`.
pub static CMD_CONFIG_DELETE_CONTEXT: CommandSpec = CommandSpec {
    name: "delete-context",
    aliases: &[],
    suggest_for: &[],
    short: "Delete the specified context from the kubeconfig",
    long: "Delete the specified context from the kubeconfig.",
    example:
        "  # Delete the context for the minikube cluster\n  kubectl config delete-context minikube",
    usage_line: "kubectl config delete-context NAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Context,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config delete-user`.
pub static CMD_CONFIG_DELETE_USER: CommandSpec = CommandSpec {
    name: "delete-user",
    aliases: &[],
    suggest_for: &[],
    short: "Delete the specified user from the kubeconfig",
    long: "Delete the specified user from the kubeconfig.",
    example: "  # Delete the minikube user\n  kubectl config delete-user minikube",
    usage_line: "kubectl config delete-user NAME [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::User,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config get-clusters`.
pub static CMD_CONFIG_GET_CLUSTERS: CommandSpec = CommandSpec {
    name: "get-clusters",
    aliases: &[],
    suggest_for: &[],
    short: "Display clusters defined in the kubeconfig",
    long: "Display clusters defined in the kubeconfig.",
    example: "  # List the clusters that kubectl knows about\n  kubectl config get-clusters",
    usage_line: "kubectl config get-clusters [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config get-contexts`.
pub static CMD_CONFIG_GET_CONTEXTS: CommandSpec = CommandSpec {
    name: "get-contexts",
    aliases: &[],
    suggest_for: &[],
    short: "Describe one or many contexts",
    long: "Display one or many contexts from the kubeconfig file.",
    example: "  # List all the contexts in your kubeconfig file\n  kubectl config get-contexts\n  \n  # Describe one context in your kubeconfig file\n  kubectl config get-contexts my-context",
    usage_line: "kubectl config get-contexts [(-o|--output=)name)] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_NO_HEADERS,
        &FLAG_OUTPUT_6
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config get-users`.
pub static CMD_CONFIG_GET_USERS: CommandSpec = CommandSpec {
    name: "get-users",
    aliases: &[],
    suggest_for: &[],
    short: "Display users defined in the kubeconfig",
    long: "Display users defined in the kubeconfig.",
    example: "  # List the users that kubectl knows about\n  kubectl config get-users",
    usage_line: "kubectl config get-users [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config rename-context`.
pub static CMD_CONFIG_RENAME_CONTEXT: CommandSpec = CommandSpec {
    name: "rename-context",
    aliases: &[],
    suggest_for: &[],
    short: "Rename a context from the kubeconfig file",
    long: "Renames a context from the kubeconfig file.\n\n CONTEXT_NAME is the context name that you want to change.\n\n NEW_NAME is the new name you want to set.\n\n Note: If the context being renamed is the 'current-context', this field will also be updated.",
    example: "  # Rename the context 'old-name' to 'new-name' in your kubeconfig file\n  kubectl config rename-context old-name new-name",
    usage_line: "kubectl config rename-context CONTEXT_NAME NEW_NAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Context,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config set`.
pub static CMD_CONFIG_SET: CommandSpec = CommandSpec {
    name: "set",
    aliases: &[],
    suggest_for: &[],
    short: "Set an individual value in a kubeconfig file",
    long: "Set an individual value in a kubeconfig file.\n\n PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.\n\n PROPERTY_VALUE is the new value you want to set. Binary fields such as 'certificate-authority-data' expect a base64 encoded string unless the --set-raw-bytes flag is used.\n\n Specifying an attribute name that already exists will merge new fields on top of existing values.",
    example: "  # Set the server field on the my-cluster cluster to https://1.2.3.4\n  kubectl config set clusters.my-cluster.server https://1.2.3.4\n  \n  # Set the certificate-authority-data field on the my-cluster cluster\n  kubectl config set clusters.my-cluster.certificate-authority-data $(echo \"cert_data_here\" | base64 -i -)\n  \n  # Set the cluster field in the my-context context to my-cluster\n  kubectl config set contexts.my-context.cluster my-cluster\n  \n  # Set the client-key-data field in the cluster-admin user using --set-raw-bytes option\n  kubectl config set users.cluster-admin.client-key-data cert_data_here --set-raw-bytes=true",
    usage_line: "kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_SET_RAW_BYTES
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config set-cluster`.
pub static CMD_CONFIG_SET_CLUSTER: CommandSpec = CommandSpec {
    name: "set-cluster",
    aliases: &[],
    suggest_for: &[],
    short: "Set a cluster entry in kubeconfig",
    long: "Set a cluster entry in kubeconfig.\n\n Specifying a name that already exists will merge new fields on top of existing values for those fields.",
    example: "  # Set only the server field on the e2e cluster entry without touching other values\n  kubectl config set-cluster e2e --server=https://1.2.3.4\n  \n  # Embed certificate authority data for the e2e cluster entry\n  kubectl config set-cluster e2e --embed-certs --certificate-authority=~/.kube/e2e/kubernetes.ca.crt\n  \n  # Disable cert checking for the e2e cluster entry\n  kubectl config set-cluster e2e --insecure-skip-tls-verify=true\n  \n  # Set the custom TLS server name to use for validation for the e2e cluster entry\n  kubectl config set-cluster e2e --tls-server-name=my-cluster-name\n  \n  # Set the proxy URL for the e2e cluster entry\n  kubectl config set-cluster e2e --proxy-url=https://1.2.3.4",
    usage_line: "kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_CERTIFICATE_AUTHORITY_2,
        &FLAG_EMBED_CERTS,
        &FLAG_INSECURE_SKIP_TLS_VERIFY_2,
        &FLAG_PROXY_URL_2,
        &FLAG_SERVER_2,
        &FLAG_TLS_SERVER_NAME_2
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config set-context`.
pub static CMD_CONFIG_SET_CONTEXT: CommandSpec = CommandSpec {
    name: "set-context",
    aliases: &[],
    suggest_for: &[],
    short: "Set a context entry in kubeconfig",
    long: "Set a context entry in kubeconfig.\n\n Specifying a name that already exists will merge new fields on top of existing values for those fields.",
    example: "  # Set the user field on the gce context entry without touching other values\n  kubectl config set-context gce --user=cluster-admin",
    usage_line: "kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Context,
    flags: &[
        &FLAG_CLUSTER_2,
        &FLAG_CURRENT,
        &FLAG_NAMESPACE_2,
        &FLAG_USER_4
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config set-credentials`.
pub static CMD_CONFIG_SET_CREDENTIALS: CommandSpec = CommandSpec {
    name: "set-credentials",
    aliases: &[],
    suggest_for: &[],
    short: "Set a user entry in kubeconfig",
    long: "Set a user entry in kubeconfig.\n\n Specifying a name that already exists will merge new fields on top of existing values.\n\n        Client-certificate flags:\n        --client-certificate=certfile --client-key=keyfile\n        \n        Bearer token flags:\n        --token=bearer_token\n        \n        Basic auth flags:\n        --username=basic_user --password=basic_password\n        \n Bearer token and basic auth are mutually exclusive.",
    example: "  # Set only the \"client-key\" field on the \"cluster-admin\"\n  # entry, without touching other values\n  kubectl config set-credentials cluster-admin --client-key=~/.kube/admin.key\n  \n  # Set basic auth for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --username=admin --password=uXFGweU9l35qcif\n  \n  # Embed client certificate data in the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --client-certificate=~/.kube/admin.crt --embed-certs=true\n  \n  # Enable the Google Compute Platform auth provider for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --auth-provider=gcp\n  \n  # Enable the OpenID Connect auth provider for the \"cluster-admin\" entry with additional arguments\n  kubectl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-id=foo --auth-provider-arg=client-secret=bar\n  \n  # Remove the \"client-secret\" config value for the OpenID Connect auth provider for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --auth-provider=oidc --auth-provider-arg=client-secret-\n  \n  # Enable new exec auth plugin for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1\n  \n  # Enable new exec auth plugin for the \"cluster-admin\" entry with interactive mode\n  kubectl config set-credentials cluster-admin --exec-command=/path/to/the/executable --exec-api-version=client.authentication.k8s.io/v1beta1 --exec-interactive-mode=Never\n  \n  # Define new exec auth plugin arguments for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --exec-arg=arg1 --exec-arg=arg2\n  \n  # Create or update exec auth plugin environment variables for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --exec-env=key1=val1 --exec-env=key2=val2\n  \n  # Remove exec auth plugin environment variables for the \"cluster-admin\" entry\n  kubectl config set-credentials cluster-admin --exec-env=var-to-remove-",
    usage_line: "kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_AUTH_PROVIDER,
        &FLAG_AUTH_PROVIDER_ARG,
        &FLAG_CLIENT_CERTIFICATE_2,
        &FLAG_CLIENT_KEY_2,
        &FLAG_EMBED_CERTS_2,
        &FLAG_EXEC_API_VERSION,
        &FLAG_EXEC_ARG,
        &FLAG_EXEC_COMMAND,
        &FLAG_EXEC_ENV,
        &FLAG_EXEC_INTERACTIVE_MODE,
        &FLAG_EXEC_PROVIDE_CLUSTER_INFO,
        &FLAG_PASSWORD_2,
        &FLAG_TOKEN_2,
        &FLAG_USERNAME_2
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config unset`.
pub static CMD_CONFIG_UNSET: CommandSpec = CommandSpec {
    name: "unset",
    aliases: &[],
    suggest_for: &[],
    short: "Unset an individual value in a kubeconfig file",
    long: "Unset an individual value in a kubeconfig file.\n\n PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.",
    example: "  # Unset the current-context\n  kubectl config unset current-context\n  \n  # Unset namespace in foo context\n  kubectl config unset contexts.foo.namespace",
    usage_line: "kubectl config unset PROPERTY_NAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config use-context`.
pub static CMD_CONFIG_USE_CONTEXT: CommandSpec = CommandSpec {
    name: "use-context",
    aliases: &["use"],
    suggest_for: &[],
    short: "Set the current-context in a kubeconfig file",
    long: "Set the current-context in a kubeconfig file.",
    example: "  # Use the context for the minikube cluster\n  kubectl config use-context minikube",
    usage_line: "kubectl config use-context CONTEXT_NAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Context,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl config view`.
pub static CMD_CONFIG_VIEW: CommandSpec = CommandSpec {
    name: "view",
    aliases: &[],
    suggest_for: &[],
    short: "Display merged kubeconfig settings or a specified kubeconfig file",
    long: "Display merged kubeconfig settings or a specified kubeconfig file.\n\n You can use --output jsonpath={...} to extract specific values using a jsonpath expression.",
    example: "  # Show merged kubeconfig settings\n  kubectl config view\n  \n  # Show merged kubeconfig settings, raw certificate data, and exposed secrets\n  kubectl config view --raw\n  \n  # Get the password for the e2e user\n  kubectl config view -o jsonpath='{.users[?(@.name == \"e2e\")].user.password}'",
    usage_line: "kubectl config view [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_FLATTEN,
        &FLAG_MERGE,
        &FLAG_MINIFY,
        &FLAG_OUTPUT_7,
        &FLAG_RAW_4,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl wait`.
pub static CMD_WAIT: CommandSpec = CommandSpec {
    name: "wait",
    aliases: &[],
    suggest_for: &[],
    short: "Wait for a specific condition on one or many resources",
    long: "Wait for a specific condition on one or many resources.\n\n The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.\n\n Alternatively, the command can wait for the given set of resources to be created or deleted by providing the \"create\" or \"delete\" keyword as the value to the --for flag.\n\n A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.",
    example: "  # Wait for the pod \"busybox1\" to contain the status condition of type \"Ready\"\n  kubectl wait --for=condition=Ready pod/busybox1\n  \n  # The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)\n  kubectl wait --for=condition=Ready=false pod/busybox1\n  \n  # Wait for the pod \"busybox1\" to contain the status phase to be \"Running\"\n  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1\n  \n  # Wait for pod \"busybox1\" to be Ready\n  kubectl wait --for='jsonpath={.status.conditions[?(@.type==\"Ready\")].status}=True' pod/busybox1\n  \n  # Wait for the service \"loadbalancer\" to have ingress\n  kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer\n  \n  # Wait for the secret \"busybox1\" to be created, with a timeout of 30s\n  kubectl create secret generic busybox1\n  kubectl wait --for=create secret/busybox1 --timeout=30s\n  \n  # Wait for the pod \"busybox1\" to be deleted, with a timeout of 60s, after having issued the \"delete\" command\n  kubectl delete pod/busybox1\n  kubectl wait --for=delete pod/busybox1 --timeout=60s\n  \n  # Wait for pod \"busybox1\" to be created AND reach the \"Ready\" status condition\n  kubectl wait --for=condition=Ready --for=create pod/busybox1\n  \n  # Wait for pod \"busybox1\" to reach the \"Ready\" status OR for its containers to report a \"False\" readiness state\n  until kubectl wait pod/busybox1 --for=condition=Ready --timeout=1s 2>/dev/null || \\\n  kubectl wait pod/busybox1 --for=condition=ContainersReady=False --timeout=1s 2>/dev/null; \\\n  do echo \"Checking conditions...\"; sleep 1; done",
    usage_line: "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_2,
        &FLAG_ALL_NAMESPACES,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_FIELD_SELECTOR,
        &FLAG_FILENAME_9,
        &FLAG_FOR,
        &FLAG_LOCAL_2,
        &FLAG_OUTPUT_2,
        &FLAG_RECURSIVE_2,
        &FLAG_SELECTOR_3,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_TIMEOUT_2
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl events`.
pub static CMD_EVENTS: CommandSpec = CommandSpec {
    name: "events",
    aliases: &[],
    suggest_for: &[],
    short: "List events",
    long: "Display events.\n\n Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.",
    example: "  # List recent events in the default namespace\n  kubectl events\n  \n  # List recent events in all namespaces\n  kubectl events --all-namespaces\n  \n  # List recent events for the specified pod, then wait for more events and list them as they arrive\n  kubectl events --for pod/web-pod-13je7 --watch\n  \n  # List recent events in YAML format\n  kubectl events -oyaml\n  \n  # List recent only events of type 'Warning' or 'Normal'\n  kubectl events --types=Warning,Normal",
    usage_line: "kubectl events [(-o|--output=)json|yaml|kyaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALL_NAMESPACES,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CHUNK_SIZE,
        &FLAG_FOR_2,
        &FLAG_NO_HEADERS_2,
        &FLAG_OUTPUT_2,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_TYPES,
        &FLAG_WATCH_2
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl api-resources`.
pub static CMD_API_RESOURCES: CommandSpec = CommandSpec {
    name: "api-resources",
    aliases: &[],
    suggest_for: &[],
    short: "Print the supported API resources on the server",
    long: "Print the supported API resources on the server.",
    example: "  # Print the supported API resources\n  kubectl api-resources\n  \n  # Print the supported API resources with more information\n  kubectl api-resources -o wide\n  \n  # Print the supported API resources sorted by a column\n  kubectl api-resources --sort-by=name\n  \n  # Print the supported namespaced resources\n  kubectl api-resources --namespaced=true\n  \n  # Print the supported non-namespaced resources\n  kubectl api-resources --namespaced=false\n  \n  # Print the supported API resources with a specific APIGroup\n  kubectl api-resources --api-group=rbac.authorization.k8s.io",
    usage_line: "kubectl api-resources [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_API_GROUP,
        &FLAG_CACHED,
        &FLAG_CATEGORIES,
        &FLAG_NAMESPACED,
        &FLAG_NO_HEADERS,
        &FLAG_OUTPUT_8,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_SORT_BY_2,
        &FLAG_VERBS
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl api-versions`.
pub static CMD_API_VERSIONS: CommandSpec = CommandSpec {
    name: "api-versions",
    aliases: &[],
    suggest_for: &[],
    short: "Print the supported API versions on the server, in the form of \"group/version\"",
    long: "Print the supported API versions on the server, in the form of \"group/version\".",
    example: "  # Print the supported API versions\n  kubectl api-versions",
    usage_line: "kubectl api-versions [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl version`.
pub static CMD_VERSION: CommandSpec = CommandSpec {
    name: "version",
    aliases: &[],
    suggest_for: &[],
    short: "Print the client and server version information",
    long: "Print the client and server version information for the current context.",
    example: "  # Print the client and server versions for the current context\n  kubectl version",
    usage_line: "kubectl version [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[&FLAG_CLIENT, &FLAG_OUTPUT_9],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl cluster-info`.
pub static CMD_CLUSTER_INFO: CommandSpec = CommandSpec {
    name: "cluster-info",
    aliases: &[],
    suggest_for: &[],
    short: "Display cluster information",
    long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
    example: "  # Print the address of the control plane and cluster services\n  kubectl cluster-info",
    usage_line: "kubectl cluster-info [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[&CMD_CLUSTER_INFO_DUMP],
};

/// `kubectl cluster-info dump`.
pub static CMD_CLUSTER_INFO_DUMP: CommandSpec = CommandSpec {
    name: "dump",
    aliases: &[],
    suggest_for: &[],
    short: "Dump relevant information for debugging and diagnosis",
    long: "Dump cluster information out suitable for debugging and diagnosing cluster problems.  By default, dumps everything to stdout. You can optionally specify a directory with --output-directory.  If you specify a directory, Kubernetes will build a set of files in that directory.  By default, only dumps things in the current namespace and 'kube-system' namespace, but you can switch to a different namespace with the --namespaces flag, or specify --all-namespaces to dump all namespaces.\n\n The command also dumps the logs of all of the pods in the cluster; these logs are dumped into different directories based on namespace and pod name.",
    example: "  # Dump current cluster state to stdout\n  kubectl cluster-info dump\n  \n  # Dump current cluster state to /path/to/cluster-state\n  kubectl cluster-info dump --output-directory=/path/to/cluster-state\n  \n  # Dump all namespaces to stdout\n  kubectl cluster-info dump --all-namespaces\n  \n  # Dump a set of namespaces to /path/to/cluster-state\n  kubectl cluster-info dump --namespaces default,kube-system --output-directory=/path/to/cluster-state",
    usage_line: "kubectl cluster-info dump [flags] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALL_NAMESPACES_3,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_NAMESPACES,
        &FLAG_OUTPUT_10,
        &FLAG_OUTPUT_DIRECTORY,
        &FLAG_POD_RUNNING_TIMEOUT,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl help`.
pub static CMD_HELP: CommandSpec = CommandSpec {
    name: "help",
    aliases: &[],
    suggest_for: &[],
    short: "Help about any command",
    long: "Help provides help for any command in the application.\nSimply type kubectl help [path to command] for full details.",
    example: "",
    usage_line: "kubectl help [command] [flags] [options]",
    run: RunKind::HelpTopic,
    simulated: true,
    positional: ArgHint::CommandPath,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl options`.
pub static CMD_OPTIONS: CommandSpec = CommandSpec {
    name: "options",
    aliases: &[],
    suggest_for: &[],
    short: "Print the list of flags inherited by all commands",
    long: "Print the list of flags inherited by all commands",
    example: "  # Print flags inherited by all commands\n  kubectl options",
    usage_line: "kubectl options [flags] [options]",
    run: RunKind::PrintOptions,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};

/// The headings of the root help's command groups, in order (`kubectl` without arguments).
pub static ROOT_GROUP_HEADINGS: &[&str] = &[
    "Basic Commands (Beginner):",
    "Basic Commands (Intermediate):",
    "Deploy Commands:",
    "Cluster Management Commands:",
    "Troubleshooting and Debugging Commands:",
    "Advanced Commands:",
    "Settings Commands:",
    "Subcommands provided by plugins:",
];

/// `kubectl expose`.
pub static CMD_EXPOSE: CommandSpec = CommandSpec {
    name: "expose",
    aliases: &[],
    suggest_for: &[],
    short: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service",
    long: "Expose a resource as a new Kubernetes service.\n\n Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.\n\n Possible resources include (case insensitive):\n\n pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)",
    example: "  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose rc nginx --port=80 --target-port=8000\n  \n  # Create a service for a replication controller identified by type and name specified in \"nginx-controller.yaml\", which serves on port 80 and connects to the containers on port 8000\n  kubectl expose -f nginx-controller.yaml --port=80 --target-port=8000\n  \n  # Create a service for a pod valid-pod, which serves on port 444 with the name \"frontend\"\n  kubectl expose pod valid-pod --port=444 --name=frontend\n  \n  # Create a second service based on the above service, exposing the container port 8443 as port 443 with the name \"nginx-https\"\n  kubectl expose service nginx --port=443 --target-port=8443 --name=nginx-https\n  \n  # Create a service for a replicated streaming application on port 4100 balancing UDP traffic and named 'video-stream'.\n  kubectl expose rc streamer --port=4100 --protocol=UDP --name=video-stream\n  \n  # Create a service for a replicated nginx using replica set, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose rs nginx --port=80 --target-port=8000\n  \n  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000\n  kubectl expose deployment nginx --port=80 --target-port=8000",
    usage_line: "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CLUSTER_IP_EXPOSE,
        &FLAG_DRY_RUN,
        &FLAG_EXTERNAL_IP_EXPOSE,
        &FLAG_FIELD_MANAGER_EXPOSE,
        &FLAG_FILENAME_EXPOSE,
        &FLAG_KUSTOMIZE,
        &FLAG_LABELS_EXPOSE,
        &FLAG_LOAD_BALANCER_IP_EXPOSE,
        &FLAG_NAME_EXPOSE,
        &FLAG_OUTPUT_2,
        &FLAG_OVERRIDE_TYPE,
        &FLAG_OVERRIDES,
        &FLAG_PORT_EXPOSE,
        &FLAG_PROTOCOL_EXPOSE,
        &FLAG_RECORD,
        &FLAG_RECURSIVE,
        &FLAG_SAVE_CONFIG,
        &FLAG_SELECTOR_EXPOSE,
        &FLAG_SESSION_AFFINITY_EXPOSE,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TARGET_PORT_EXPOSE,
        &FLAG_TEMPLATE,
        &FLAG_TYPE_EXPOSE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl scale`.
pub static CMD_SCALE: CommandSpec = CommandSpec {
    name: "scale",
    aliases: &[],
    suggest_for: &[],
    short: "Set a new size for a deployment, replica set, or replication controller",
    long: "Set a new size for a deployment, replica set, replication controller, or stateful set.\n\n Scale also allows users to specify one or more preconditions for the scale action.\n\n If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.",
    example: "  # Scale a replica set named 'foo' to 3\n  kubectl scale --replicas=3 rs/foo\n  \n  # Scale a resource identified by type and name specified in \"foo.yaml\" to 3\n  kubectl scale --replicas=3 -f foo.yaml\n  \n  # If the deployment named mysql's current size is 2, scale mysql to 3\n  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql\n  \n  # Scale multiple replication controllers\n  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3\n  \n  # Scale stateful set named 'web' to 3\n  kubectl scale --replicas=3 statefulset/web",
    usage_line: "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_2,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CURRENT_REPLICAS,
        &FLAG_DRY_RUN,
        &FLAG_FILENAME_SCALE,
        &FLAG_KUSTOMIZE,
        &FLAG_OUTPUT_2,
        &FLAG_RECORD,
        &FLAG_RECURSIVE,
        &FLAG_REPLICAS_SCALE,
        &FLAG_RESOURCE_VERSION_SCALE,
        &FLAG_SELECTOR,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_TIMEOUT_SCALE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl edit`.
pub static CMD_EDIT: CommandSpec = CommandSpec {
    name: "edit",
    aliases: &[],
    suggest_for: &[],
    short: "Edit a resource on the server",
    long: "Edit a resource from the default editor.\n\n The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL' environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd' for Windows.\n\n You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.\n\n Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.\n\n The default format is YAML. To edit in JSON, specify \"-o json\".\n\n The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.\n\n In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.",
    example: "  # Edit the service named 'registry'\n  kubectl edit svc/registry\n  \n  # Use an alternative editor\n  KUBE_EDITOR=\"nano\" kubectl edit svc/registry\n  \n  # Edit the job 'myjob' in JSON using the v1 API format\n  kubectl edit job.v1.batch/myjob -o json\n  \n  # Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation\n  kubectl edit deployment/mydeployment -o yaml --save-config\n  \n  # Edit the 'status' subresource for the 'mydeployment' deployment\n  kubectl edit deployment mydeployment --subresource='status'",
    usage_line: "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_FIELD_MANAGER_EDIT,
        &FLAG_FILENAME_5,
        &FLAG_KUSTOMIZE,
        &FLAG_OUTPUT_2,
        &FLAG_OUTPUT_PATCH,
        &FLAG_RECURSIVE,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_SUBRESOURCE_EDIT,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE,
        &FLAG_WINDOWS_LINE_ENDINGS_2
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl patch`.
pub static CMD_PATCH: CommandSpec = CommandSpec {
    name: "patch",
    aliases: &[],
    suggest_for: &[],
    short: "Update fields of a resource",
    long: "Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.\n\n JSON and YAML formats are accepted.\n\n Note: Strategic merge patch is not supported for custom resources.",
    example: "  # Partially update a node using a strategic merge patch, specifying the patch as JSON\n  kubectl patch node k8s-node-1 -p '{\"spec\":{\"unschedulable\":true}}'\n  \n  # Partially update a node using a strategic merge patch, specifying the patch as YAML\n  kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'\n  \n  # Partially update a node identified by the type and name specified in \"node.json\" using strategic merge patch\n  kubectl patch -f node.json -p '{\"spec\":{\"unschedulable\":true}}'\n  \n  # Update a container's image; spec.containers[*].name is required because it's a merge key\n  kubectl patch pod valid-pod -p '{\"spec\":{\"containers\":[{\"name\":\"kubernetes-serve-hostname\",\"image\":\"new image\"}]}}'\n  \n  # Update a container's image using a JSON patch with positional arrays\n  kubectl patch pod valid-pod --type='json' -p='[{\"op\": \"replace\", \"path\": \"/spec/containers/0/image\", \"value\":\"new image\"}]'\n  \n  # Update a deployment's replicas through the 'scale' subresource using a merge patch\n  kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{\"spec\":{\"replicas\":2}}'",
    usage_line: "kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER_PATCH,
        &FLAG_FILENAME_PATCH,
        &FLAG_KUSTOMIZE,
        &FLAG_LOCAL_PATCH,
        &FLAG_OUTPUT_2,
        &FLAG_PATCH,
        &FLAG_PATCH_FILE,
        &FLAG_RECORD,
        &FLAG_RECURSIVE,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_SUBRESOURCE_PATCH,
        &FLAG_TEMPLATE,
        &FLAG_TYPE_PATCH
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl replace`.
pub static CMD_REPLACE: CommandSpec = CommandSpec {
    name: "replace",
    aliases: &[],
    suggest_for: &[],
    short: "Replace a resource by file name or stdin",
    long: "Replace a resource by file name or stdin.\n\n JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by\n\n        $ kubectl get TYPE NAME -o yaml",
    example: "  # Replace a pod using the data in pod.json\n  kubectl replace -f ./pod.json\n  \n  # Replace a pod based on the JSON passed into stdin\n  cat pod.json | kubectl replace -f -\n  \n  # Update a single-container pod's image version (tag) to v4\n  kubectl get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | kubectl replace -f -\n  \n  # Force replace, delete and then re-create the resource\n  kubectl replace --force -f ./pod.json",
    usage_line: "kubectl replace -f FILENAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_CASCADE,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER_REPLACE,
        &FLAG_FILENAME_REPLACE,
        &FLAG_FORCE,
        &FLAG_GRACE_PERIOD,
        &FLAG_KUSTOMIZE_2,
        &FLAG_OUTPUT_2,
        &FLAG_RAW_REPLACE,
        &FLAG_RECURSIVE,
        &FLAG_SAVE_CONFIG,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_SUBRESOURCE_REPLACE,
        &FLAG_TEMPLATE,
        &FLAG_TIMEOUT,
        &FLAG_VALIDATE,
        &FLAG_WAIT
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl top`.
pub static CMD_TOP: CommandSpec = CommandSpec {
    name: "top",
    aliases: &[],
    suggest_for: &["stats"],
    short: "Display resource (CPU/memory) usage",
    long: "Display resource (CPU/memory) usage.\n\n This command provides a view of recent resource consumption for nodes and pods. It fetches metrics from the Metrics Server, which aggregates this data from the kubelet on each node. The Metrics Server must be installed and running in the cluster for this command to work.\n\n The metrics shown are specifically optimized for Kubernetes autoscaling decisions, such as those made by the Horizontal Pod Autoscaler (HPA) and Vertical Pod Autoscaler (VPA). Because of this, the values may not match those from standard OS tools like 'top', as the metrics are designed to provide a stable signal for autoscalers rather than for pinpoint accuracy.\n\n FAQ for Metrics Server: https://github.com/kubernetes-sigs/metrics-server/blob/master/FAQ.md\n\n When to use this command:\n\n  *  For on-the-fly spot-checks of resource usage (e.g. identify which pods are consuming the most resources at a glance, or get a quick sense of the load on your nodes)\n  *  Understand current resource consumption patterns\n  *  Validate the behavior of your HPA or VPA configurations by seeing the metrics they use for scaling decisions.\n\n It is not intended to be a replacement for full-featured monitoring solutions. Its primary design goal is to provide a low-overhead signal for autoscalers, not to be a perfectly accurate monitoring tool. For high-accuracy reporting, historical analysis, dashboarding, or alerting, you should use a dedicated monitoring solution.",
    example: "",
    usage_line: "kubectl top [flags] [options]",
    run: RunKind::SubcommandGroup,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[&CMD_TOP_NODE, &CMD_TOP_POD],
};

/// `kubectl top node`.
pub static CMD_TOP_NODE: CommandSpec = CommandSpec {
    name: "node",
    aliases: &["nodes", "no"],
    suggest_for: &[],
    short: "Display resource (CPU/memory) usage of nodes",
    long: "Display resource (CPU/memory) usage of nodes.\n\n The top-node command allows you to see the resource consumption of nodes.",
    example: "  # Show metrics for all nodes\n  kubectl top node\n  \n  # Show metrics for a given node\n  kubectl top node NODE_NAME",
    usage_line: "kubectl top node [NAME | -l label] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_NO_HEADERS_TOP_NODE,
        &FLAG_SELECTOR,
        &FLAG_SHOW_CAPACITY,
        &FLAG_SHOW_SWAP_NODE,
        &FLAG_SORT_BY_TOP_NODE,
        &FLAG_USE_PROTOCOL_BUFFERS
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl top pod`.
pub static CMD_TOP_POD: CommandSpec = CommandSpec {
    name: "pod",
    aliases: &["pods", "po"],
    suggest_for: &[],
    short: "Display resource (CPU/memory) usage of pods",
    long: "Display resource (CPU/memory) usage of pods.\n\n The 'top pod' command allows you to see the resource consumption of pods.\n\n Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.",
    example: "  # Show metrics for all pods in the default namespace\n  kubectl top pod\n  \n  # Show metrics for all pods in the given namespace\n  kubectl top pod --namespace=NAMESPACE\n  \n  # Show metrics for a given pod and its containers\n  kubectl top pod POD_NAME --containers\n  \n  # Show metrics for the pods defined by label name=myLabel\n  kubectl top pod -l name=myLabel",
    usage_line: "kubectl top pod [NAME | -l label] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Pod,
    flags: &[
        &FLAG_ALL_NAMESPACES,
        &FLAG_CONTAINERS,
        &FLAG_FIELD_SELECTOR,
        &FLAG_NO_HEADERS_TOP_POD,
        &FLAG_SELECTOR,
        &FLAG_SHOW_SWAP_POD,
        &FLAG_SORT_BY_TOP_POD,
        &FLAG_SUM,
        &FLAG_USE_PROTOCOL_BUFFERS
    ],
    persistent_flags: &[],
    subcommands: &[],
};

/// Every command real kubectl 1.37 has at the top level, in the order kubectl adds them (which is the
/// order of "Did you mean this?" suggestions). `group` indexes `ROOT_GROUP_HEADINGS`; `None` lands in
/// "Other Commands:". `available: false` is cobra's `IsAvailableCommand() == false` (`alpha` has no
/// subcommands in this build): never listed, never suggested.
pub static REAL_ROOT_COMMANDS: &[RealRootCommand] = &[
    RealRootCommand { name: "create", short: "Create a resource from a file or from stdin", group: Some(0), available: true, suggest_for: &[] },
    RealRootCommand { name: "expose", short: "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service", group: Some(0), available: true, suggest_for: &[] },
    RealRootCommand { name: "run", short: "Run a particular image on the cluster", group: Some(0), available: true, suggest_for: &[] },
    RealRootCommand { name: "set", short: "Set specific features on objects", group: Some(0), available: true, suggest_for: &[] },
    RealRootCommand { name: "explain", short: "Get documentation for a resource", group: Some(1), available: true, suggest_for: &[] },
    RealRootCommand { name: "get", short: "Display one or many resources", group: Some(1), available: true, suggest_for: &["list", "ls"] },
    RealRootCommand { name: "edit", short: "Edit a resource on the server", group: Some(1), available: true, suggest_for: &[] },
    RealRootCommand { name: "delete", short: "Delete resources by file names, stdin, resources and names, or by resources and label selector", group: Some(1), available: true, suggest_for: &["rm", "remove"] },
    RealRootCommand { name: "rollout", short: "Manage the rollout of a resource", group: Some(2), available: true, suggest_for: &[] },
    RealRootCommand { name: "scale", short: "Set a new size for a deployment, replica set, or replication controller", group: Some(2), available: true, suggest_for: &[] },
    RealRootCommand { name: "autoscale", short: "Auto-scale a deployment, replica set, stateful set, or replication controller", group: Some(2), available: true, suggest_for: &[] },
    RealRootCommand { name: "certificate", short: "Modify certificate resources", group: Some(3), available: true, suggest_for: &[] },
    RealRootCommand { name: "cluster-info", short: "Display cluster information", group: Some(3), available: true, suggest_for: &[] },
    RealRootCommand { name: "top", short: "Display resource (CPU/memory) usage", group: Some(3), available: true, suggest_for: &["stats"] },
    RealRootCommand { name: "cordon", short: "Mark node as unschedulable", group: Some(3), available: true, suggest_for: &[] },
    RealRootCommand { name: "uncordon", short: "Mark node as schedulable", group: Some(3), available: true, suggest_for: &[] },
    RealRootCommand { name: "drain", short: "Drain node in preparation for maintenance", group: Some(3), available: true, suggest_for: &[] },
    RealRootCommand { name: "taint", short: "Update the taints on one or more nodes", group: Some(3), available: true, suggest_for: &[] },
    RealRootCommand { name: "describe", short: "Show details of a specific resource or group of resources", group: Some(4), available: true, suggest_for: &["inspect"] },
    RealRootCommand { name: "logs", short: "Print the logs for a container in a pod", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "attach", short: "Attach to a running container", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "exec", short: "Execute a command in a container", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "port-forward", short: "Forward one or more local ports to a pod", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "proxy", short: "Run a proxy to the Kubernetes API server", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "cp", short: "Copy files and directories to and from containers", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "auth", short: "Inspect authorization", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "debug", short: "Create debugging sessions for troubleshooting workloads and nodes", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "events", short: "List events", group: Some(4), available: true, suggest_for: &[] },
    RealRootCommand { name: "diff", short: "Diff the live version against a would-be applied version", group: Some(5), available: true, suggest_for: &[] },
    RealRootCommand { name: "apply", short: "Apply a configuration to a resource by file name or stdin", group: Some(5), available: true, suggest_for: &[] },
    RealRootCommand { name: "patch", short: "Update fields of a resource", group: Some(5), available: true, suggest_for: &[] },
    RealRootCommand { name: "replace", short: "Replace a resource by file name or stdin", group: Some(5), available: true, suggest_for: &[] },
    RealRootCommand { name: "wait", short: "Wait for a specific condition on one or many resources", group: Some(5), available: true, suggest_for: &[] },
    RealRootCommand { name: "kustomize", short: "Build a kustomization target from a directory or URL", group: Some(5), available: true, suggest_for: &[] },
    RealRootCommand { name: "label", short: "Update the labels on a resource", group: Some(6), available: true, suggest_for: &[] },
    RealRootCommand { name: "annotate", short: "Update the annotations on a resource", group: Some(6), available: true, suggest_for: &[] },
    RealRootCommand { name: "completion", short: "Output shell completion code for the specified shell (bash, zsh, fish, or powershell)", group: Some(6), available: true, suggest_for: &[] },
    RealRootCommand { name: "alpha", short: "Commands for features in alpha", group: None, available: false, suggest_for: &[] },
    RealRootCommand { name: "config", short: "Modify kubeconfig files", group: None, available: true, suggest_for: &[] },
    RealRootCommand { name: "plugin", short: "Provides utilities for interacting with plugins", group: None, available: true, suggest_for: &[] },
    RealRootCommand { name: "version", short: "Print the client and server version information", group: None, available: true, suggest_for: &[] },
    RealRootCommand { name: "api-versions", short: "Print the supported API versions on the server, in the form of \"group/version\"", group: None, available: true, suggest_for: &[] },
    RealRootCommand { name: "api-resources", short: "Print the supported API resources on the server", group: None, available: true, suggest_for: &[] },
    RealRootCommand { name: "options", short: "Print the list of flags inherited by all commands", group: None, available: true, suggest_for: &[] },
    RealRootCommand { name: "kuberc", short: "Manage kuberc configuration files", group: None, available: true, suggest_for: &[] },
];

/// The flags, each defined once and shared by every command that registers it.
static FLAG_AS: FlagSpec = FlagSpec { name: "as", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Username to impersonate for the operation. User could be a regular user or a service account in a namespace.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_AS_GROUP: FlagSpec = FlagSpec { name: "as-group", shorthand: None, kind: FlagKind::StringArray, default: "[]", no_opt_default: None, usage: "Group to impersonate for the operation, this flag can be repeated to specify multiple groups.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_AS_UID: FlagSpec = FlagSpec {
    name: "as-uid",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "UID to impersonate for the operation.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_AS_USER_EXTRA: FlagSpec = FlagSpec { name: "as-user-extra", shorthand: None, kind: FlagKind::StringArray, default: "[]", no_opt_default: None, usage: "User extras to impersonate for the operation, this flag can be repeated to specify multiple values for the same key.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_CACHE_DIR: FlagSpec = FlagSpec {
    name: "cache-dir",
    shorthand: None,
    kind: FlagKind::String,
    default: "/home/learner/.kube/cache",
    no_opt_default: None,
    usage: "Default cache directory",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_CERTIFICATE_AUTHORITY: FlagSpec = FlagSpec {
    name: "certificate-authority",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to a cert file for the certificate authority",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_CLIENT_CERTIFICATE: FlagSpec = FlagSpec {
    name: "client-certificate",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to a client certificate file for TLS",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_CLIENT_KEY: FlagSpec = FlagSpec {
    name: "client-key",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to a client key file for TLS",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_CLUSTER: FlagSpec = FlagSpec {
    name: "cluster",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The name of the kubeconfig cluster to use",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Cluster,
};
static FLAG_CONTEXT: FlagSpec = FlagSpec {
    name: "context",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The name of the kubeconfig context to use",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Context,
};
static FLAG_DISABLE_COMPRESSION: FlagSpec = FlagSpec {
    name: "disable-compression",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, opt-out of response compression for all requests to the server",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_INSECURE_SKIP_TLS_VERIFY: FlagSpec = FlagSpec { name: "insecure-skip-tls-verify", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_KUBECONFIG: FlagSpec = FlagSpec {
    name: "kubeconfig",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to the kubeconfig file to use for CLI requests.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_KUBERC: FlagSpec = FlagSpec { name: "kuberc", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Path to the kuberc file to use for preferences. This can be disabled by exporting KUBECTL_KUBERC=false feature gate or turning off the feature KUBERC=off.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::File };
static FLAG_LOG_FLUSH_FREQUENCY: FlagSpec = FlagSpec {
    name: "log-flush-frequency",
    shorthand: None,
    kind: FlagKind::GoFlagDuration,
    default: "5s",
    no_opt_default: None,
    usage: "Maximum number of seconds between log flushes",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_MATCH_SERVER_VERSION: FlagSpec = FlagSpec {
    name: "match-server-version",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Require server version to match client version",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NAMESPACE: FlagSpec = FlagSpec {
    name: "namespace",
    shorthand: Some('n'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "If present, the namespace scope for this CLI request",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Namespace,
};
static FLAG_PASSWORD: FlagSpec = FlagSpec {
    name: "password",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Password for basic authentication to the API server",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_PROFILE: FlagSpec = FlagSpec { name: "profile", shorthand: None, kind: FlagKind::String, default: "none", no_opt_default: None, usage: "Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex|trace)", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_PROFILE_OUTPUT: FlagSpec = FlagSpec {
    name: "profile-output",
    shorthand: None,
    kind: FlagKind::String,
    default: "profile.pprof",
    no_opt_default: None,
    usage: "Name of the file to write the profile to",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_PROXY_URL: FlagSpec = FlagSpec {
    name: "proxy-url",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Proxy URL to use for requests to the API server",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_REQUEST_TIMEOUT: FlagSpec = FlagSpec { name: "request-timeout", shorthand: None, kind: FlagKind::String, default: "0", no_opt_default: None, usage: "The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SERVER: FlagSpec = FlagSpec {
    name: "server",
    shorthand: Some('s'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The address and port of the Kubernetes API server",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TLS_SERVER_NAME: FlagSpec = FlagSpec { name: "tls-server-name", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TOKEN: FlagSpec = FlagSpec {
    name: "token",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Bearer token for authentication to the API server",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_USER: FlagSpec = FlagSpec {
    name: "user",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The name of the kubeconfig user to use",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::User,
};
static FLAG_USERNAME: FlagSpec = FlagSpec {
    name: "username",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Username for basic authentication to the API server",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_V: FlagSpec = FlagSpec {
    name: "v",
    shorthand: Some('v'),
    kind: FlagKind::KlogLevel,
    default: "0",
    no_opt_default: None,
    usage: "number for the log level verbosity",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_VMODULE: FlagSpec = FlagSpec { name: "vmodule", shorthand: None, kind: FlagKind::KlogModuleSpec, default: "", no_opt_default: None, usage: "comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_WARNINGS_AS_ERRORS: FlagSpec = FlagSpec {
    name: "warnings-as-errors",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Treat warnings received from the server as errors and exit with a non-zero exit code",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ALL_NAMESPACES: FlagSpec = FlagSpec { name: "all-namespaces", shorthand: Some('A'), kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_ALLOW_MISSING_TEMPLATE_KEYS: FlagSpec = FlagSpec { name: "allow-missing-template-keys", shorthand: None, kind: FlagKind::Bool, default: "true", no_opt_default: Some("true"), usage: "If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_CHUNK_SIZE: FlagSpec = FlagSpec {
    name: "chunk-size",
    shorthand: None,
    kind: FlagKind::Int,
    default: "500",
    no_opt_default: None,
    usage: "Return large lists in chunks rather than all at once. Pass 0 to disable.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FIELD_SELECTOR: FlagSpec = FlagSpec { name: "field-selector", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FILENAME: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files identifying the resource to get from a server.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_IGNORE_NOT_FOUND: FlagSpec = FlagSpec { name: "ignore-not-found", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If set to true, suppresses NotFound error for specific objects that do not exist. Using this flag with commands that query for collections of resources has no effect when no resources are found.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_KUSTOMIZE: FlagSpec = FlagSpec {
    name: "kustomize",
    shorthand: Some('k'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Process the kustomization directory. This flag can't be used together with -f or -R.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_LABEL_COLUMNS: FlagSpec = FlagSpec { name: "label-columns", shorthand: Some('L'), kind: FlagKind::StringSlice, default: "[]", no_opt_default: None, usage: "Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_NO_HEADERS: FlagSpec = FlagSpec { name: "no-headers", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "When using the default or custom-column output format, don't print headers (default print headers).", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_OUTPUT: FlagSpec = FlagSpec { name: "output", shorthand: Some('o'), kind: FlagKind::String, default: "", no_opt_default: None, usage: "Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::Values(&["json", "yaml", "kyaml", "name", "go-template", "go-template-file", "template", "templatefile", "jsonpath", "jsonpath-as-json", "jsonpath-file", "custom-columns", "custom-columns-file", "wide"]) };
static FLAG_OUTPUT_WATCH_EVENTS: FlagSpec = FlagSpec { name: "output-watch-events", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_RAW: FlagSpec = FlagSpec {
    name: "raw",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage:
        "Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_RECURSIVE: FlagSpec = FlagSpec { name: "recursive", shorthand: Some('R'), kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SELECTOR: FlagSpec = FlagSpec { name: "selector", shorthand: Some('l'), kind: FlagKind::String, default: "", no_opt_default: None, usage: "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SERVER_PRINT: FlagSpec = FlagSpec { name: "server-print", shorthand: None, kind: FlagKind::Bool, default: "true", no_opt_default: Some("true"), usage: "If true, have the server return the appropriate table output. Supports extension APIs and CRDs.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SHOW_KIND: FlagSpec = FlagSpec {
    name: "show-kind",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If present, list the resource type for the requested object(s).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SHOW_LABELS: FlagSpec = FlagSpec {
    name: "show-labels",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "When printing, show all labels as the last column (default hide labels column)",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SHOW_MANAGED_FIELDS: FlagSpec = FlagSpec {
    name: "show-managed-fields",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, keep the managedFields when printing objects in JSON or YAML format.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SORT_BY: FlagSpec = FlagSpec { name: "sort-by", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SUBRESOURCE: FlagSpec = FlagSpec {
    name: "subresource",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "If specified, gets the subresource of the requested object.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TEMPLATE: FlagSpec = FlagSpec { name: "template", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_WATCH: FlagSpec = FlagSpec {
    name: "watch",
    shorthand: Some('w'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "After listing/getting the requested object, watch for changes.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_WATCH_ONLY: FlagSpec = FlagSpec {
    name: "watch-only",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Watch for changes to the requested object(s), without listing/getting first.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_2: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files containing the resource to describe",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_SHOW_EVENTS: FlagSpec = FlagSpec { name: "show-events", shorthand: None, kind: FlagKind::Bool, default: "true", no_opt_default: Some("true"), usage: "If true, display events related to the described object. Defaults to true for a single object, false for multiple objects and prefix matching.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_DRY_RUN: FlagSpec = FlagSpec { name: "dry-run", shorthand: None, kind: FlagKind::String, default: "none", no_opt_default: Some("unchanged"), usage: "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::Values(&["none", "server", "client"]) };
static FLAG_EDIT: FlagSpec = FlagSpec {
    name: "edit",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Edit the API resource before creating",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FIELD_MANAGER_EDIT: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-edit",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OUTPUT_PATCH: FlagSpec = FlagSpec {
    name: "output-patch",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Output the patch if the resource is edited.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SUBRESOURCE_EDIT: FlagSpec = FlagSpec {
    name: "subresource",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "If specified, edit will operate on the subresource of the requested object.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FIELD_MANAGER: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-create",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_3: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files to use to create the resource",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_OUTPUT_2: FlagSpec = FlagSpec { name: "output", shorthand: Some('o'), kind: FlagKind::String, default: "", no_opt_default: None, usage: "Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::Values(&["json", "yaml", "kyaml", "name", "go-template", "go-template-file", "template", "templatefile", "jsonpath", "jsonpath-as-json", "jsonpath-file"]) };
static FLAG_RAW_2: FlagSpec = FlagSpec {
    name: "raw",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_RECORD: FlagSpec = FlagSpec { name: "record", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.", hidden: true, deprecated: Some("--record will be removed in the future"), shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SAVE_CONFIG: FlagSpec = FlagSpec { name: "save-config", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_VALIDATE: FlagSpec = FlagSpec { name: "validate", shorthand: None, kind: FlagKind::String, default: "strict", no_opt_default: Some("strict"), usage: "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::Values(&["strict", "warn", "ignore"]) };
static FLAG_WINDOWS_LINE_ENDINGS: FlagSpec = FlagSpec {
    name: "windows-line-endings",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Only relevant if --edit=true. Defaults to the line ending native to your platform.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_AGGREGATION_RULE: FlagSpec = FlagSpec {
    name: "aggregation-rule",
    shorthand: None,
    kind: FlagKind::MapStringString,
    default: "",
    no_opt_default: None,
    usage: "An aggregation label selector for combining ClusterRoles.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NON_RESOURCE_URL: FlagSpec = FlagSpec {
    name: "non-resource-url",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "A partial url that user should have access to.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_RESOURCE: FlagSpec = FlagSpec {
    name: "resource",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Resource that the rule applies to",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_RESOURCE_NAME: FlagSpec = FlagSpec {
    name: "resource-name",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage:
        "Resource in the white list that the rule applies to, repeat this flag for multiple items",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_VERB: FlagSpec = FlagSpec {
    name: "verb",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Verb that applies to the resources contained in the rule",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CLUSTERROLE: FlagSpec = FlagSpec {
    name: "clusterrole",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "ClusterRole this ClusterRoleBinding should reference",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: true,
    value_hint: FlagValueHint::None,
};
static FLAG_GROUP: FlagSpec = FlagSpec {
    name: "group",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Groups to bind to the clusterrole. The flag can be repeated to add multiple groups.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SERVICEACCOUNT: FlagSpec = FlagSpec { name: "serviceaccount", shorthand: None, kind: FlagKind::StringArray, default: "[]", no_opt_default: None, usage: "Service accounts to bind to the clusterrole, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_USER_2: FlagSpec = FlagSpec {
    name: "user",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Usernames to bind to the clusterrole. The flag can be repeated to add multiple users.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::User,
};
static FLAG_APPEND_HASH: FlagSpec = FlagSpec {
    name: "append-hash",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Append a hash of the configmap to its name.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FROM_ENV_FILE: FlagSpec = FlagSpec {
    name: "from-env-file",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Specify the path to a file to read lines of key=val pairs to create a configmap.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_FROM_FILE: FlagSpec = FlagSpec { name: "from-file", shorthand: None, kind: FlagKind::StringSlice, default: "[]", no_opt_default: None, usage: "Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::File };
static FLAG_FROM_LITERAL: FlagSpec = FlagSpec {
    name: "from-literal",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_IMAGE: FlagSpec = FlagSpec {
    name: "image",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Image name to run.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: true,
    value_hint: FlagValueHint::None,
};
static FLAG_RESTART: FlagSpec = FlagSpec {
    name: "restart",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "job's restart policy. supported values: OnFailure, Never",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SCHEDULE: FlagSpec = FlagSpec {
    name: "schedule",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "A schedule in the Cron format the job should be run with.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: true,
    value_hint: FlagValueHint::None,
};
static FLAG_IMAGE_2: FlagSpec = FlagSpec {
    name: "image",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Image names to run. A deployment can have multiple images set for multi-container pod.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: true,
    value_hint: FlagValueHint::None,
};
static FLAG_PORT: FlagSpec = FlagSpec {
    name: "port",
    shorthand: None,
    kind: FlagKind::Int32,
    default: "-1",
    no_opt_default: None,
    usage: "The containerPort that this deployment exposes.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_REPLICAS: FlagSpec = FlagSpec {
    name: "replicas",
    shorthand: Some('r'),
    kind: FlagKind::Int32,
    default: "1",
    no_opt_default: None,
    usage: "Number of replicas to create. Default is 1.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ANNOTATION: FlagSpec = FlagSpec {
    name: "annotation",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Annotation to insert in the ingress object, in the format annotation=value",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CLASS: FlagSpec = FlagSpec {
    name: "class",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Ingress Class to be used",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_DEFAULT_BACKEND: FlagSpec = FlagSpec {
    name: "default-backend",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Default service for backend, in format of svcname:port",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_RULE: FlagSpec = FlagSpec { name: "rule", shorthand: None, kind: FlagKind::StringArray, default: "[]", no_opt_default: None, usage: "Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character '*' are considered pathType=Prefix. tls argument is optional.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FROM: FlagSpec = FlagSpec {
    name: "from",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The name of the resource to create a Job from (only CronJob is supported).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_IMAGE_3: FlagSpec = FlagSpec {
    name: "image",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Image name to run.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_MAX_UNAVAILABLE: FlagSpec = FlagSpec {
    name: "max-unavailable",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The maximum number or percentage of unavailable pods this budget requires.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_MIN_AVAILABLE: FlagSpec = FlagSpec {
    name: "min-available",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The minimum number or percentage of available pods this budget requires.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SELECTOR_2: FlagSpec = FlagSpec { name: "selector", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "A label selector to use for this budget. Only equality-based selector requirements are supported.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_DESCRIPTION: FlagSpec = FlagSpec { name: "description", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "description is an arbitrary string that usually provides guidelines on when this priority class should be used.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_GLOBAL_DEFAULT: FlagSpec = FlagSpec { name: "global-default", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "global-default specifies whether this PriorityClass should be considered as the default priority.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_PREEMPTION_POLICY: FlagSpec = FlagSpec {
    name: "preemption-policy",
    shorthand: None,
    kind: FlagKind::String,
    default: "PreemptLowerPriority",
    no_opt_default: None,
    usage: "preemption-policy is the policy for preempting pods with lower priority.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_VALUE: FlagSpec = FlagSpec {
    name: "value",
    shorthand: None,
    kind: FlagKind::Int32,
    default: "0",
    no_opt_default: None,
    usage: "the value of this priority class.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_HARD: FlagSpec = FlagSpec {
    name: "hard",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "A comma-delimited set of resource=quantity pairs that define a hard limit.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SCOPES: FlagSpec = FlagSpec { name: "scopes", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "A comma-delimited set of quota scopes that must all match each object tracked by the quota.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_CLUSTERROLE_2: FlagSpec = FlagSpec {
    name: "clusterrole",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "ClusterRole this RoleBinding should reference",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_GROUP_2: FlagSpec = FlagSpec {
    name: "group",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Groups to bind to the role. The flag can be repeated to add multiple groups.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ROLE: FlagSpec = FlagSpec {
    name: "role",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Role this RoleBinding should reference",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SERVICEACCOUNT_2: FlagSpec = FlagSpec { name: "serviceaccount", shorthand: None, kind: FlagKind::StringArray, default: "[]", no_opt_default: None, usage: "Service accounts to bind to the role, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_USER_3: FlagSpec = FlagSpec {
    name: "user",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Usernames to bind to the role. The flag can be repeated to add multiple users.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::User,
};
static FLAG_APPEND_HASH_2: FlagSpec = FlagSpec {
    name: "append-hash",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Append a hash of the secret to its name.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_DOCKER_EMAIL: FlagSpec = FlagSpec {
    name: "docker-email",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Email for Docker registry",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_DOCKER_PASSWORD: FlagSpec = FlagSpec {
    name: "docker-password",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Password for Docker registry authentication",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_DOCKER_SERVER: FlagSpec = FlagSpec {
    name: "docker-server",
    shorthand: None,
    kind: FlagKind::String,
    default: "https://index.docker.io/v1/",
    no_opt_default: None,
    usage: "Server location for Docker registry",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_DOCKER_USERNAME: FlagSpec = FlagSpec {
    name: "docker-username",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Username for Docker registry authentication",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FROM_FILE_2: FlagSpec = FlagSpec { name: "from-file", shorthand: None, kind: FlagKind::StringSlice, default: "[]", no_opt_default: None, usage: "Key files can be specified using their file path, in which case a default name of .dockerconfigjson will be given to them, or optionally with a name and file path, in which case the given name will be used. Specifying a directory will iterate each named file in the directory that is a valid secret key. For this command, the key should always be .dockerconfigjson.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::File };
static FLAG_FROM_ENV_FILE_2: FlagSpec = FlagSpec {
    name: "from-env-file",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Specify the path to a file to read lines of key=val pairs to create a secret.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_FROM_FILE_3: FlagSpec = FlagSpec { name: "from-file", shorthand: None, kind: FlagKind::StringSlice, default: "[]", no_opt_default: None, usage: "Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.  Specifying a directory will iterate each named file in the directory that is a valid secret key.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::File };
static FLAG_FROM_LITERAL_2: FlagSpec = FlagSpec {
    name: "from-literal",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Specify a key and literal value to insert in secret (i.e. mykey=somevalue)",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TYPE: FlagSpec = FlagSpec {
    name: "type",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The type of secret to create",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CERT: FlagSpec = FlagSpec {
    name: "cert",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to PEM encoded public key certificate.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_KEY: FlagSpec = FlagSpec {
    name: "key",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to private key associated with given certificate.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_CLUSTERIP: FlagSpec = FlagSpec {
    name: "clusterip",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage:
        "Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TCP: FlagSpec = FlagSpec {
    name: "tcp",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Port pairs can be specified as '<port>:<targetPort>'.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_EXTERNAL_NAME: FlagSpec = FlagSpec {
    name: "external-name",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "External name of service",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: true,
    value_hint: FlagValueHint::None,
};
static FLAG_NODE_PORT: FlagSpec = FlagSpec {
    name: "node-port",
    shorthand: None,
    kind: FlagKind::Int,
    default: "0",
    no_opt_default: None,
    usage: "Port used to expose the service on each node in a cluster.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_AUDIENCE: FlagSpec = FlagSpec { name: "audience", shorthand: None, kind: FlagKind::StringArray, default: "[]", no_opt_default: None, usage: "Audience of the requested token. If unset, defaults to requesting a token for use with the Kubernetes API server. May be repeated to request a token valid for multiple audiences.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_BOUND_OBJECT_KIND: FlagSpec = FlagSpec { name: "bound-object-kind", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Kind of an object to bind the token to. Supported kinds are Node, Pod, Secret. If set, --bound-object-name must be provided.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_BOUND_OBJECT_NAME: FlagSpec = FlagSpec { name: "bound-object-name", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Name of an object to bind the token to. The token will expire when the object is deleted. Requires --bound-object-kind.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_BOUND_OBJECT_UID: FlagSpec = FlagSpec { name: "bound-object-uid", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "UID of an object to bind the token to. Requires --bound-object-kind and --bound-object-name. If unset, the UID of the existing object is used.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_DURATION: FlagSpec = FlagSpec { name: "duration", shorthand: None, kind: FlagKind::Duration, default: "0s", no_opt_default: None, usage: "Requested lifetime of the issued token. If not set or if set to 0, the lifetime will be determined by the server automatically. The server may return a token with a longer or shorter lifetime.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_ALL: FlagSpec = FlagSpec {
    name: "all",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Select all resources in the namespace of the specified resource types.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CASCADE: FlagSpec = FlagSpec { name: "cascade", shorthand: None, kind: FlagKind::String, default: "background", no_opt_default: Some("background"), usage: "Must be \"background\", \"orphan\", or \"foreground\". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::Values(&["background", "orphan", "foreground"]) };
static FLAG_FIELD_MANAGER_2: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-client-side-apply",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_4: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "The files, directories or URLs that contain the configurations to apply.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_FORCE: FlagSpec = FlagSpec { name: "force", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FORCE_CONFLICTS: FlagSpec = FlagSpec {
    name: "force-conflicts",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, server-side apply will force the changes against conflicts.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_GRACE_PERIOD: FlagSpec = FlagSpec { name: "grace-period", shorthand: None, kind: FlagKind::Int, default: "-1", no_opt_default: None, usage: "Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_KUSTOMIZE_2: FlagSpec = FlagSpec {
    name: "kustomize",
    shorthand: Some('k'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Process a kustomization directory. This flag can't be used together with -f or -R.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_OPENAPI_PATCH: FlagSpec = FlagSpec { name: "openapi-patch", shorthand: None, kind: FlagKind::Bool, default: "true", no_opt_default: Some("true"), usage: "If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_OVERWRITE: FlagSpec = FlagSpec { name: "overwrite", shorthand: None, kind: FlagKind::Bool, default: "true", no_opt_default: Some("true"), usage: "Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_PRUNE: FlagSpec = FlagSpec { name: "prune", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_PRUNE_ALLOWLIST: FlagSpec = FlagSpec {
    name: "prune-allowlist",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Overwrite the default allowlist with <group/version/kind> for --prune",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SERVER_SIDE: FlagSpec = FlagSpec {
    name: "server-side",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, apply runs in the server instead of the client.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SUBRESOURCE_2: FlagSpec = FlagSpec { name: "subresource", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TIMEOUT: FlagSpec = FlagSpec { name: "timeout", shorthand: None, kind: FlagKind::Duration, default: "0s", no_opt_default: None, usage: "The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_WAIT: FlagSpec = FlagSpec {
    name: "wait",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, wait for resources to be gone before returning. This waits for finalizers.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_5: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files to use to edit the resource",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_WINDOWS_LINE_ENDINGS_2: FlagSpec = FlagSpec {
    name: "windows-line-endings",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Defaults to the line ending native to your platform.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CREATE_ANNOTATION: FlagSpec = FlagSpec {
    name: "create-annotation",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage:
        "Will create 'last-applied-configuration' annotations if current objects doesn't have one",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_6: FlagSpec = FlagSpec { name: "filename", shorthand: Some('f'), kind: FlagKind::StringSlice, default: "[]", no_opt_default: None, usage: "Filename, directory, or URL to files that contains the last-applied-configuration annotations", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::File };
static FLAG_ALL_2: FlagSpec = FlagSpec {
    name: "all",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Select all resources in the namespace of the specified resource types",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OUTPUT_3: FlagSpec = FlagSpec {
    name: "output",
    shorthand: Some('o'),
    kind: FlagKind::String,
    default: "yaml",
    no_opt_default: None,
    usage: "Output format. Must be one of (yaml, json)",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Values(&["yaml", "json"]),
};
static FLAG_ALL_3: FlagSpec = FlagSpec {
    name: "all",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Delete all resources, in the namespace of the specified resource types.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_7: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "containing the resource to delete.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_IGNORE_NOT_FOUND_2: FlagSpec = FlagSpec { name: "ignore-not-found", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Treat \"resource not found\" as a successful delete. Defaults to \"true\" when --all is specified.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_INTERACTIVE: FlagSpec = FlagSpec {
    name: "interactive",
    shorthand: Some('i'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, delete resource only when user confirms.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NOW: FlagSpec = FlagSpec {
    name: "now",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, resources are signaled for immediate shutdown (same as --grace-period=1).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OUTPUT_4: FlagSpec = FlagSpec {
    name: "output",
    shorthand: Some('o'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Output mode. Use \"-o name\" for shorter output (resource/name).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_RAW_3: FlagSpec = FlagSpec {
    name: "raw",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_WAIT_2: FlagSpec = FlagSpec {
    name: "wait",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "true",
    no_opt_default: Some("true"),
    usage: "If true, wait for resources to be gone before returning. This waits for finalizers.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ALL_4: FlagSpec = FlagSpec {
    name: "all",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Select all resources, in the namespace of the specified resource types",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ALL_NAMESPACES_2: FlagSpec = FlagSpec {
    name: "all-namespaces",
    shorthand: Some('A'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, check the specified action in all namespaces.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FIELD_MANAGER_3: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-label",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_8: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files identifying the resource to update the labels",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_LIST: FlagSpec = FlagSpec {
    name: "list",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, display the labels for a given resource.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_LOCAL: FlagSpec = FlagSpec {
    name: "local",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, label will NOT contact api-server but run locally.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OVERWRITE_2: FlagSpec = FlagSpec { name: "overwrite", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_RESOURCE_VERSION: FlagSpec = FlagSpec { name: "resource-version", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FIELD_MANAGER_4: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-annotate",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_9: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "identifying the resource.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_LIST_2: FlagSpec = FlagSpec {
    name: "list",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, display the annotations for a given resource.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_LOCAL_2: FlagSpec = FlagSpec {
    name: "local",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, annotation will NOT contact api-server but run locally.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OVERWRITE_3: FlagSpec = FlagSpec { name: "overwrite", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_RECURSIVE_2: FlagSpec = FlagSpec { name: "recursive", shorthand: Some('R'), kind: FlagKind::Bool, default: "true", no_opt_default: Some("true"), usage: "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_RESOURCE_VERSION_2: FlagSpec = FlagSpec { name: "resource-version", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SELECTOR_3: FlagSpec = FlagSpec { name: "selector", shorthand: Some('l'), kind: FlagKind::String, default: "", no_opt_default: None, usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_ALL_CONTAINERS: FlagSpec = FlagSpec {
    name: "all-containers",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Get all containers' logs in the pod(s).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ALL_PODS: FlagSpec = FlagSpec {
    name: "all-pods",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Get logs from all pod(s). Sets prefix to true.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CONTAINER: FlagSpec = FlagSpec {
    name: "container",
    shorthand: Some('c'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Print the logs of this container",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Container,
};
static FLAG_FOLLOW: FlagSpec = FlagSpec {
    name: "follow",
    shorthand: Some('f'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Specify if the logs should be streamed.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_IGNORE_ERRORS: FlagSpec = FlagSpec {
    name: "ignore-errors",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If watching / following pod logs, allow for any errors that occur to be non-fatal",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_INSECURE_SKIP_TLS_VERIFY_BACKEND: FlagSpec = FlagSpec { name: "insecure-skip-tls-verify-backend", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_LIMIT_BYTES: FlagSpec = FlagSpec {
    name: "limit-bytes",
    shorthand: None,
    kind: FlagKind::Int,
    default: "0",
    no_opt_default: None,
    usage: "Maximum bytes of logs to return. Defaults to no limit.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_MAX_LOG_REQUESTS: FlagSpec = FlagSpec { name: "max-log-requests", shorthand: None, kind: FlagKind::Int, default: "5", no_opt_default: None, usage: "Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_POD_RUNNING_TIMEOUT: FlagSpec = FlagSpec { name: "pod-running-timeout", shorthand: None, kind: FlagKind::Duration, default: "20s", no_opt_default: None, usage: "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_PREFIX: FlagSpec = FlagSpec {
    name: "prefix",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Prefix each log line with the log source (pod name and container name)",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_PREVIOUS: FlagSpec = FlagSpec {
    name: "previous",
    shorthand: Some('p'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage:
        "If true, print the logs for the previous instance of the container in a pod if it exists.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SINCE: FlagSpec = FlagSpec { name: "since", shorthand: None, kind: FlagKind::Duration, default: "0s", no_opt_default: None, usage: "Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SINCE_TIME: FlagSpec = FlagSpec { name: "since-time", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TAIL: FlagSpec = FlagSpec { name: "tail", shorthand: None, kind: FlagKind::Int, default: "-1", no_opt_default: None, usage: "Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TIMESTAMPS: FlagSpec = FlagSpec {
    name: "timestamps",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Include timestamps on each line in the log output",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ADDRESS: FlagSpec = FlagSpec { name: "address", shorthand: None, kind: FlagKind::StringSlice, default: "[localhost]", no_opt_default: None, usage: "Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value. When localhost is supplied, kubectl will try to bind on both 127.0.0.1 and ::1 and will fail if neither of these addresses are available to bind.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_POD_RUNNING_TIMEOUT_2: FlagSpec = FlagSpec { name: "pod-running-timeout", shorthand: None, kind: FlagKind::Duration, default: "1m0s", no_opt_default: None, usage: "The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_CONTAINER_2: FlagSpec = FlagSpec { name: "container", shorthand: Some('c'), kind: FlagKind::String, default: "", no_opt_default: None, usage: "Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::Container };
static FLAG_FILENAME_10: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "to use to exec into the resource",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_QUIET: FlagSpec = FlagSpec {
    name: "quiet",
    shorthand: Some('q'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Only print output from the remote session",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_STDIN: FlagSpec = FlagSpec {
    name: "stdin",
    shorthand: Some('i'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Pass stdin to the container",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TTY: FlagSpec = FlagSpec {
    name: "tty",
    shorthand: Some('t'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Stdin is a TTY",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ANNOTATIONS: FlagSpec = FlagSpec {
    name: "annotations",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Annotations to apply to the pod.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ATTACH: FlagSpec = FlagSpec { name: "attach", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_COMMAND: FlagSpec = FlagSpec { name: "command", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_DETACH_KEYS: FlagSpec = FlagSpec {
    name: "detach-keys",
    shorthand: None,
    kind: FlagKind::String,
    default: "ctrl-p,ctrl-q",
    no_opt_default: None,
    usage: "Override the key sequence for detaching a container.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_DETACH_KEYS_2: FlagSpec = FlagSpec {
    name: "detach-keys",
    shorthand: None,
    kind: FlagKind::String,
    default: "ctrl-p,ctrl-q",
    no_opt_default: None,
    usage: "Override the key sequence for detaching a container",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_ENV: FlagSpec = FlagSpec {
    name: "env",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Environment variables to set in the container.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_EXPOSE: FlagSpec = FlagSpec {
    name: "expose",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, create a ClusterIP service associated with the pod.  Requires `--port`.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FIELD_MANAGER_5: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-run",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_11: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "to use to replace the resource.",
    hidden: true,
    deprecated: Some("it is ignored by kubectl run and will be removed in a future release"),
    shorthand_deprecated: Some(
        "it is ignored by kubectl run and will be removed in a future release",
    ),
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_IMAGE_4: FlagSpec = FlagSpec {
    name: "image",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The image for the container to run.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: true,
    value_hint: FlagValueHint::None,
};
static FLAG_IMAGE_PULL_POLICY: FlagSpec = FlagSpec { name: "image-pull-policy", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_LABELS: FlagSpec = FlagSpec {
    name: "labels",
    shorthand: Some('l'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Comma separated labels to apply to the pod. Will override previous values.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_LEAVE_STDIN_OPEN: FlagSpec = FlagSpec { name: "leave-stdin-open", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_OVERRIDE_TYPE: FlagSpec = FlagSpec {
    name: "override-type",
    shorthand: None,
    kind: FlagKind::String,
    default: "merge",
    no_opt_default: None,
    usage: "The method used to override the generated object: json, merge, or strategic.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OVERRIDES: FlagSpec = FlagSpec { name: "overrides", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_PORT_2: FlagSpec = FlagSpec {
    name: "port",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The port that this container exposes.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_PRIVILEGED: FlagSpec = FlagSpec {
    name: "privileged",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, run the container in privileged mode.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_QUIET_2: FlagSpec = FlagSpec {
    name: "quiet",
    shorthand: Some('q'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, suppress prompt messages.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_RESTART_2: FlagSpec = FlagSpec {
    name: "restart",
    shorthand: None,
    kind: FlagKind::String,
    default: "Always",
    no_opt_default: None,
    usage: "The restart policy for this Pod.  Legal values [Always, OnFailure, Never].",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_RM: FlagSpec = FlagSpec { name: "rm", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_STDIN_2: FlagSpec = FlagSpec {
    name: "stdin",
    shorthand: Some('i'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Keep stdin open on the container in the pod, even if nothing is attached.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TTY_2: FlagSpec = FlagSpec {
    name: "tty",
    shorthand: Some('t'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Allocate a TTY for the container in the pod.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_API_VERSION: FlagSpec = FlagSpec {
    name: "api-version",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Get different explanations for particular API version (API group/version)",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_MAX_DEPTH: FlagSpec = FlagSpec { name: "max-depth", shorthand: None, kind: FlagKind::Int, default: "0", no_opt_default: None, usage: "Maximum recursion depth when printing nested fields with --recursive. 0 means no limit. Requires --recursive when greater than 0.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_OUTPUT_5: FlagSpec = FlagSpec {
    name: "output",
    shorthand: Some('o'),
    kind: FlagKind::String,
    default: "plaintext",
    no_opt_default: None,
    usage: "Format in which to render the schema (plaintext, plaintext-openapiv2)",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Values(&["plaintext", "plaintext-openapiv2"]),
};
static FLAG_RECURSIVE_3: FlagSpec = FlagSpec {
    name: "recursive",
    shorthand: Some('R'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Print the fields of fields. Use --max-depth to cap the recursion depth.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_KUBECONFIG_2: FlagSpec = FlagSpec {
    name: "kubeconfig",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "use a particular kubeconfig file",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_OUTPUT_6: FlagSpec = FlagSpec {
    name: "output",
    shorthand: Some('o'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Output format. One of: (name).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SET_RAW_BYTES: FlagSpec = FlagSpec { name: "set-raw-bytes", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_CERTIFICATE_AUTHORITY_2: FlagSpec = FlagSpec {
    name: "certificate-authority",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to certificate-authority file for the cluster entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_EMBED_CERTS: FlagSpec = FlagSpec {
    name: "embed-certs",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "embed-certs for the cluster entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_INSECURE_SKIP_TLS_VERIFY_2: FlagSpec = FlagSpec {
    name: "insecure-skip-tls-verify",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "insecure-skip-tls-verify for the cluster entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_PROXY_URL_2: FlagSpec = FlagSpec {
    name: "proxy-url",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "proxy-url for the cluster entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SERVER_2: FlagSpec = FlagSpec {
    name: "server",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "server for the cluster entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TLS_SERVER_NAME_2: FlagSpec = FlagSpec {
    name: "tls-server-name",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "tls-server-name for the cluster entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CLUSTER_2: FlagSpec = FlagSpec {
    name: "cluster",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "cluster for the context entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Cluster,
};
static FLAG_CURRENT: FlagSpec = FlagSpec {
    name: "current",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Modify the current context",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NAMESPACE_2: FlagSpec = FlagSpec {
    name: "namespace",
    shorthand: Some('n'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "namespace for the context entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Namespace,
};
static FLAG_USER_4: FlagSpec = FlagSpec {
    name: "user",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "user for the context entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::User,
};
static FLAG_AUTH_PROVIDER: FlagSpec = FlagSpec {
    name: "auth-provider",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Auth provider for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_AUTH_PROVIDER_ARG: FlagSpec = FlagSpec {
    name: "auth-provider-arg",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "'key=value' arguments for the auth provider",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CLIENT_CERTIFICATE_2: FlagSpec = FlagSpec {
    name: "client-certificate",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to client-certificate file for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_CLIENT_KEY_2: FlagSpec = FlagSpec {
    name: "client-key",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Path to client-key file for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_EMBED_CERTS_2: FlagSpec = FlagSpec {
    name: "embed-certs",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Embed client cert/key for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_EXEC_API_VERSION: FlagSpec = FlagSpec {
    name: "exec-api-version",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "API version of the exec credential plugin for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_EXEC_ARG: FlagSpec = FlagSpec {
    name: "exec-arg",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "New arguments for the exec credential plugin command for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_EXEC_COMMAND: FlagSpec = FlagSpec {
    name: "exec-command",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Command for the exec credential plugin for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_EXEC_ENV: FlagSpec = FlagSpec {
    name: "exec-env",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "'key=value' environment values for the exec credential plugin",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_EXEC_INTERACTIVE_MODE: FlagSpec = FlagSpec {
    name: "exec-interactive-mode",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "InteractiveMode of the exec credentials plugin for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_EXEC_PROVIDE_CLUSTER_INFO: FlagSpec = FlagSpec {
    name: "exec-provide-cluster-info",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "ProvideClusterInfo of the exec credentials plugin for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_PASSWORD_2: FlagSpec = FlagSpec {
    name: "password",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "password for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TOKEN_2: FlagSpec = FlagSpec {
    name: "token",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "token for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_USERNAME_2: FlagSpec = FlagSpec {
    name: "username",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "username for the user entry in kubeconfig",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FLATTEN: FlagSpec = FlagSpec { name: "flatten", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_MERGE: FlagSpec = FlagSpec {
    name: "merge",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "true",
    no_opt_default: Some("true"),
    usage: "Merge the full hierarchy of kubeconfig files",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_MINIFY: FlagSpec = FlagSpec {
    name: "minify",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Remove all information not used by current-context from the output",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OUTPUT_7: FlagSpec = FlagSpec { name: "output", shorthand: Some('o'), kind: FlagKind::String, default: "yaml", no_opt_default: None, usage: "Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::Values(&["json", "yaml", "kyaml", "name", "go-template", "go-template-file", "template", "templatefile", "jsonpath", "jsonpath-as-json", "jsonpath-file"]) };
static FLAG_RAW_4: FlagSpec = FlagSpec {
    name: "raw",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Display raw byte data and sensitive data",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FOR: FlagSpec = FlagSpec { name: "for", shorthand: None, kind: FlagKind::StringArray, default: "[]", no_opt_default: None, usage: "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true. Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity. Multiple conditions are supported and AND'ed to each other in a sequential order. If --for=create is passed, it is always waited first.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TIMEOUT_2: FlagSpec = FlagSpec { name: "timeout", shorthand: None, kind: FlagKind::Duration, default: "30s", no_opt_default: None, usage: "The length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FOR_2: FlagSpec = FlagSpec {
    name: "for",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Filter events to only those pertaining to the specified resource.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NO_HEADERS_2: FlagSpec = FlagSpec {
    name: "no-headers",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "When using the default output format, don't print headers.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TYPES: FlagSpec = FlagSpec {
    name: "types",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Output only events of given types.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_WATCH_2: FlagSpec = FlagSpec {
    name: "watch",
    shorthand: Some('w'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "After listing the requested events, watch for more events.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_API_GROUP: FlagSpec = FlagSpec {
    name: "api-group",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Limit to resources in the specified API group.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CACHED: FlagSpec = FlagSpec {
    name: "cached",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Use the cached list of resources if available.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CATEGORIES: FlagSpec = FlagSpec {
    name: "categories",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Limit to resources that belong to the specified categories.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NAMESPACED: FlagSpec = FlagSpec { name: "namespaced", shorthand: None, kind: FlagKind::Bool, default: "true", no_opt_default: Some("true"), usage: "If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_OUTPUT_8: FlagSpec = FlagSpec {
    name: "output",
    shorthand: Some('o'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Output format. One of: (json, yaml, kyaml, name, wide).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Values(&["json", "yaml", "kyaml", "name", "wide"]),
};
static FLAG_SORT_BY_2: FlagSpec = FlagSpec { name: "sort-by", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_VERBS: FlagSpec = FlagSpec {
    name: "verbs",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Limit to resources that support the specified verbs.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CLIENT: FlagSpec = FlagSpec {
    name: "client",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, shows client version only (no server required).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OUTPUT_9: FlagSpec = FlagSpec {
    name: "output",
    shorthand: Some('o'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "One of 'yaml' or 'json'.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Values(&["yaml", "json"]),
};
static FLAG_ALL_NAMESPACES_3: FlagSpec = FlagSpec {
    name: "all-namespaces",
    shorthand: Some('A'),
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, dump all namespaces.  If true, --namespaces is ignored.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NAMESPACES: FlagSpec = FlagSpec {
    name: "namespaces",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "A comma separated list of namespaces to dump.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OUTPUT_10: FlagSpec = FlagSpec { name: "output", shorthand: Some('o'), kind: FlagKind::String, default: "json", no_opt_default: None, usage: "Output format. One of: (json, yaml, kyaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::Values(&["json", "yaml", "kyaml", "name", "go-template", "go-template-file", "template", "templatefile", "jsonpath", "jsonpath-as-json", "jsonpath-file"]) };
static FLAG_OUTPUT_DIRECTORY: FlagSpec = FlagSpec { name: "output-directory", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Where to output the files.  If empty or '-' uses stdout, otherwise creates a directory hierarchy in that directory", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::File };
static FLAG_CONTAINERS: FlagSpec = FlagSpec {
    name: "containers",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If present, print usage of containers within a pod.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NO_HEADERS_TOP_NODE: FlagSpec = FlagSpec {
    name: "no-headers",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If present, print output without headers",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_NO_HEADERS_TOP_POD: FlagSpec = FlagSpec {
    name: "no-headers",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If present, print output without headers.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SHOW_CAPACITY: FlagSpec = FlagSpec {
    name: "show-capacity",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Print node resources based on Capacity instead of Allocatable(default) of the nodes.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SHOW_SWAP_NODE: FlagSpec = FlagSpec {
    name: "show-swap",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Print node resources related to swap memory.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SHOW_SWAP_POD: FlagSpec = FlagSpec {
    name: "show-swap",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Print pod resources related to swap memory.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SORT_BY_TOP_NODE: FlagSpec = FlagSpec { name: "sort-by", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SORT_BY_TOP_POD: FlagSpec = FlagSpec { name: "sort-by", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SUM: FlagSpec = FlagSpec {
    name: "sum",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Print the sum of the resource usage",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_USE_PROTOCOL_BUFFERS: FlagSpec = FlagSpec {
    name: "use-protocol-buffers",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "true",
    no_opt_default: Some("true"),
    usage: "Enables using protocol-buffers to access Metrics API.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_CURRENT_REPLICAS: FlagSpec = FlagSpec { name: "current-replicas", shorthand: None, kind: FlagKind::Int, default: "-1", no_opt_default: None, usage: "Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FILENAME_SCALE: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files identifying the resource to set a new size",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_REPLICAS_SCALE: FlagSpec = FlagSpec {
    name: "replicas",
    shorthand: None,
    kind: FlagKind::Int,
    default: "0",
    no_opt_default: None,
    usage: "The new desired number of replicas. Required.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: true,
    value_hint: FlagValueHint::None,
};
static FLAG_RESOURCE_VERSION_SCALE: FlagSpec = FlagSpec { name: "resource-version", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Precondition for resource version. Requires that the current resource version match this value in order to scale.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TIMEOUT_SCALE: FlagSpec = FlagSpec { name: "timeout", shorthand: None, kind: FlagKind::Duration, default: "0s", no_opt_default: None, usage: "The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_CLUSTER_IP_EXPOSE: FlagSpec = FlagSpec { name: "cluster-ip", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_EXTERNAL_IP_EXPOSE: FlagSpec = FlagSpec { name: "external-ip", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Additional external IP address (not managed by Kubernetes) to accept for the service. If this IP is routed to a node, the service can be accessed by this IP in addition to its generated service IP.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FIELD_MANAGER_EXPOSE: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-expose",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_EXPOSE: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files identifying the resource to expose a service",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_LABELS_EXPOSE: FlagSpec = FlagSpec {
    name: "labels",
    shorthand: Some('l'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Labels to apply to the service created by this call.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_LOAD_BALANCER_IP_EXPOSE: FlagSpec = FlagSpec { name: "load-balancer-ip", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific).", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_NAME_EXPOSE: FlagSpec = FlagSpec {
    name: "name",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The name for the newly created object.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_PORT_EXPOSE: FlagSpec = FlagSpec { name: "port", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "The port that the service should serve on. Copied from the resource being exposed, if unspecified", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_PROTOCOL_EXPOSE: FlagSpec = FlagSpec {
    name: "protocol",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The network protocol for the service to be created. Default is 'TCP'.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SELECTOR_EXPOSE: FlagSpec = FlagSpec { name: "selector", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the resource being exposed.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_SESSION_AFFINITY_EXPOSE: FlagSpec = FlagSpec { name: "session-affinity", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TARGET_PORT_EXPOSE: FlagSpec = FlagSpec { name: "target-port", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Name or number for the port on the container that the service should direct traffic to. Optional.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TYPE_EXPOSE: FlagSpec = FlagSpec { name: "type", shorthand: None, kind: FlagKind::String, default: "", no_opt_default: None, usage: "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FIELD_MANAGER_PATCH: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-patch",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_PATCH: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files identifying the resource to update",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_LOCAL_PATCH: FlagSpec = FlagSpec {
    name: "local",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, patch will operate on the content of the file, not the server-side resource.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_PATCH: FlagSpec = FlagSpec {
    name: "patch",
    shorthand: Some('p'),
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The patch to be applied to the resource JSON file.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_PATCH_FILE: FlagSpec = FlagSpec {
    name: "patch-file",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "A file containing a patch to be applied to the resource.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_SUBRESOURCE_PATCH: FlagSpec = FlagSpec {
    name: "subresource",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "If specified, patch will operate on the subresource of the requested object.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_TYPE_PATCH: FlagSpec = FlagSpec {
    name: "type",
    shorthand: None,
    kind: FlagKind::String,
    default: "strategic",
    no_opt_default: None,
    usage: "The type of patch being provided; one of [json merge strategic]",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::Values(&["json", "merge", "strategic"]),
};
static FLAG_FIELD_MANAGER_REPLACE: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-replace",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FILENAME_REPLACE: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "The files, directories or URLs that contain the configurations to replace.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};
static FLAG_RAW_REPLACE: FlagSpec = FlagSpec {
    name: "raw",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SUBRESOURCE_REPLACE: FlagSpec = FlagSpec {
    name: "subresource",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "If specified, replace will operate on the subresource of the requested object.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

/// `kubectl cordon` (written by hand after `kubectl cordon --help` of kubectl 1.37.1).
pub static CMD_CORDON: CommandSpec = CommandSpec {
    name: "cordon",
    aliases: &[],
    suggest_for: &[],
    short: "Mark node as unschedulable",
    long: "Mark node as unschedulable.",
    example: "  # Mark node \"foo\" as unschedulable\n  kubectl cordon foo",
    usage_line: "kubectl cordon NODE [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Nodes,
    flags: &[&FLAG_DRY_RUN, &FLAG_SELECTOR],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl rollout` (from `kubectl rollout --help` of kubectl 1.37.1).
pub static CMD_ROLLOUT: CommandSpec = CommandSpec {
    name: "rollout",
    aliases: &[],
    suggest_for: &[],
    short: "Manage the rollout of a resource",
    long: "Manage the rollout of one or many resources.\n        \n Valid resource types include:\n\n  *  deployments\n  *  daemonsets\n  *  statefulsets",
    example: "  # Rollback to the previous deployment\n  kubectl rollout undo deployment/abc\n  \n  # Check the rollout status of a daemonset\n  kubectl rollout status daemonset/foo\n  \n  # Restart a deployment\n  kubectl rollout restart deployment/abc\n  \n  # Restart deployments with the 'app=nginx' label\n  kubectl rollout restart deployment --selector=app=nginx",
    usage_line: "kubectl rollout SUBCOMMAND [options]",
    run: RunKind::SubcommandGroup,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[&CMD_ROLLOUT_HISTORY, &CMD_ROLLOUT_PAUSE, &CMD_ROLLOUT_RESTART, &CMD_ROLLOUT_RESUME, &CMD_ROLLOUT_STATUS, &CMD_ROLLOUT_UNDO],
};

/// `kubectl rollout history` (from `kubectl rollout history --help` of kubectl 1.37.1).
pub static CMD_ROLLOUT_HISTORY: CommandSpec = CommandSpec {
    name: "history",
    aliases: &[],
    suggest_for: &[],
    short: "View rollout history",
    long: "View previous rollout revisions and configurations.",
    example: "  # View the rollout history of a deployment\n  kubectl rollout history deployment/abc\n  \n  # View the details of daemonset revision 3\n  kubectl rollout history daemonset/abc --revision=3",
    usage_line: "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_OUTPUT_2, &FLAG_RECURSIVE, &FLAG_REVISION, &FLAG_SELECTOR, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl rollout pause` (from `kubectl rollout pause --help` of kubectl 1.37.1).
pub static CMD_ROLLOUT_PAUSE: CommandSpec = CommandSpec {
    name: "pause",
    aliases: &[],
    suggest_for: &[],
    short: "Mark the provided resource as paused",
    long: "Mark the provided resource as paused.\n\n Paused resources will not be reconciled by a controller. Use \"kubectl rollout resume\" to resume a paused resource. Currently only deployments support being paused.",
    example: "  # Mark the nginx deployment as paused\n  # Any current state of the deployment will continue its function; new updates\n  # to the deployment will not have an effect as long as the deployment is paused\n  kubectl rollout pause deployment/nginx",
    usage_line: "kubectl rollout pause RESOURCE [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_FIELD_MANAGER_6, &FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_OUTPUT_2, &FLAG_RECURSIVE, &FLAG_SELECTOR, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl rollout restart` (from `kubectl rollout restart --help` of kubectl 1.37.1).
pub static CMD_ROLLOUT_RESTART: CommandSpec = CommandSpec {
    name: "restart",
    aliases: &[],
    suggest_for: &[],
    short: "Restart a resource",
    long: "Restart a resource.\n\n        Resource rollout will be restarted.",
    example: "  # Restart all deployments in the test-namespace namespace\n  kubectl rollout restart deployment -n test-namespace\n  \n  # Restart a deployment\n  kubectl rollout restart deployment/nginx\n  \n  # Restart a daemon set\n  kubectl rollout restart daemonset/abc\n  \n  # Restart deployments with the app=nginx label\n  kubectl rollout restart deployment --selector=app=nginx",
    usage_line: "kubectl rollout restart RESOURCE [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_FIELD_MANAGER_6, &FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_OUTPUT_2, &FLAG_RECURSIVE, &FLAG_SELECTOR, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl rollout resume` (from `kubectl rollout resume --help` of kubectl 1.37.1).
pub static CMD_ROLLOUT_RESUME: CommandSpec = CommandSpec {
    name: "resume",
    aliases: &[],
    suggest_for: &[],
    short: "Resume a paused resource",
    long: "Resume a paused resource.\n\n Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.",
    example: "  # Resume an already paused deployment\n  kubectl rollout resume deployment/nginx",
    usage_line: "kubectl rollout resume RESOURCE [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_FIELD_MANAGER_6, &FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_OUTPUT_2, &FLAG_RECURSIVE, &FLAG_SELECTOR, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl rollout status` (from `kubectl rollout status --help` of kubectl 1.37.1).
pub static CMD_ROLLOUT_STATUS: CommandSpec = CommandSpec {
    name: "status",
    aliases: &[],
    suggest_for: &[],
    short: "Show the status of the rollout",
    long: "Show the status of the rollout.\n\n By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.",
    example: "  # Watch the rollout status of a deployment\n  kubectl rollout status deployment/nginx",
    usage_line: "kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_RECURSIVE, &FLAG_REVISION_2, &FLAG_SELECTOR, &FLAG_TIMEOUT_3, &FLAG_WATCH_3],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl rollout undo` (from `kubectl rollout undo --help` of kubectl 1.37.1).
pub static CMD_ROLLOUT_UNDO: CommandSpec = CommandSpec {
    name: "undo",
    aliases: &[],
    suggest_for: &[],
    short: "Undo a previous rollout",
    long: "Roll back to a previous rollout.",
    example: "  # Roll back to the previous deployment\n  kubectl rollout undo deployment/abc\n  \n  # Roll back to daemonset revision 3\n  kubectl rollout undo daemonset/abc --to-revision=3\n  \n  # Roll back to the previous deployment with dry-run\n  kubectl rollout undo --dry-run=server deployment/abc",
    usage_line: "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_DRY_RUN, &FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_OUTPUT_2, &FLAG_RECURSIVE, &FLAG_SELECTOR, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE, &FLAG_TO_REVISION],
    persistent_flags: &[],
    subcommands: &[],
};

static FLAG_REVISION: FlagSpec = FlagSpec {
    name: "revision",
    shorthand: None,
    kind: FlagKind::Int,
    default: "0",
    no_opt_default: None,
    usage: "See the details, including podTemplate of the revision specified",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_FIELD_MANAGER_6: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-rollout",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_REVISION_2: FlagSpec = FlagSpec {
    name: "revision",
    shorthand: None,
    kind: FlagKind::Int,
    default: "0",
    no_opt_default: None,
    usage: "Pin to a specific revision for showing its status. Defaults to 0 (last revision).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_TIMEOUT_3: FlagSpec = FlagSpec {
    name: "timeout",
    shorthand: None,
    kind: FlagKind::Duration,
    default: "0s",
    no_opt_default: None,
    usage: "The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_WATCH_3: FlagSpec = FlagSpec {
    name: "watch",
    shorthand: Some('w'),
    kind: FlagKind::Bool,
    default: "true",
    no_opt_default: Some("true"),
    usage: "Watch the status of the rollout until it's done.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_TO_REVISION: FlagSpec = FlagSpec {
    name: "to-revision",
    shorthand: None,
    kind: FlagKind::Int,
    default: "0",
    no_opt_default: None,
    usage: "The revision to rollback to. Default to 0 (last revision).",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

/// `kubectl auth` (from `kubectl auth --help` of kubectl 1.37.1).
pub static CMD_AUTH: CommandSpec = CommandSpec {
    name: "auth",
    aliases: &[],
    suggest_for: &[],
    short: "Inspect authorization",
    long: "Inspect authorization.",
    example: "",
    usage_line: "kubectl auth [flags] [options]",
    run: RunKind::SubcommandGroup,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[&CMD_AUTH_CAN_I, &CMD_AUTH_RECONCILE, &CMD_AUTH_WHOAMI],
};

/// `kubectl auth can-i` (from `kubectl auth can-i --help` of kubectl 1.37.1).
pub static CMD_AUTH_CAN_I: CommandSpec = CommandSpec {
    name: "can-i",
    aliases: &[],
    suggest_for: &[],
    short: "Check whether an action is allowed",
    long: "Check whether an action is allowed.\n\n VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with \"/\". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.",
    example: "  # Check to see if I can create pods in any namespace\n  kubectl auth can-i create pods --all-namespaces\n  \n  # Check to see if I can list deployments in my current namespace\n  kubectl auth can-i list deployments.apps\n  \n  # Check to see if service account \"foo\" of namespace \"dev\" can list pods in the namespace \"prod\"\n  # You must be allowed to use impersonation for the global option \"--as\"\n  kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod\n  \n  # Check to see if I can do everything in my current namespace (\"*\" means all)\n  kubectl auth can-i '*' '*'\n  \n  # Check to see if I can get the job named \"bar\" in namespace \"foo\"\n  kubectl auth can-i list jobs.batch/bar -n foo\n  \n  # Check to see if I can read pod logs\n  kubectl auth can-i get pods --subresource=log\n  \n  # Check to see if I can access the URL /logs/\n  kubectl auth can-i get /logs/\n  \n  # Check to see if I can approve certificates.k8s.io\n  kubectl auth can-i approve certificates.k8s.io\n  \n  # List all allowed actions in namespace \"foo\"\n  kubectl auth can-i --list --namespace=foo",
    usage_line: "kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[&FLAG_ALL_NAMESPACES_2, &FLAG_LIST_CAN_I, &FLAG_NO_HEADERS_CAN_I, &FLAG_QUIET_CAN_I, &FLAG_SUBRESOURCE_CAN_I],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl auth reconcile` (from `kubectl auth reconcile --help` of kubectl 1.37.1).
pub static CMD_AUTH_RECONCILE: CommandSpec = CommandSpec {
    name: "reconcile",
    aliases: &[],
    suggest_for: &[],
    short: "Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects",
    long: "Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects.\n\n Missing objects are created, and the containing namespace is created for namespaced objects, if required.\n\n Existing roles are updated to include the permissions in the input objects, and remove extra permissions if --remove-extra-permissions is specified.\n\n Existing bindings are updated to include the subjects in the input objects, and remove extra subjects if --remove-extra-subjects is specified.\n\n This is preferred to 'apply' for RBAC resources so that semantically-aware merging of rules and subjects is done.",
    example: "  # Reconcile RBAC resources from a file\n  kubectl auth reconcile -f my-rbac-rules.yaml",
    usage_line: "kubectl auth reconcile -f FILENAME [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[&FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_DRY_RUN, &FLAG_FILENAME_RECONCILE, &FLAG_KUSTOMIZE, &FLAG_OUTPUT_2, &FLAG_RECURSIVE, &FLAG_REMOVE_EXTRA_PERMISSIONS, &FLAG_REMOVE_EXTRA_SUBJECTS, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl auth whoami` (from `kubectl auth whoami --help` of kubectl 1.37.1).
pub static CMD_AUTH_WHOAMI: CommandSpec = CommandSpec {
    name: "whoami",
    aliases: &[],
    suggest_for: &[],
    short: "Experimental: Check self subject attributes",
    long: "Experimental: Check who you are and your attributes (groups, extra).\n\n        This command is helpful to get yourself aware of the current user attributes,\n        especially when dynamic authentication, e.g., token webhook, auth proxy, or OIDC provider,\n        is enabled in the Kubernetes cluster.",
    example: "  # Get your subject attributes\n  kubectl auth whoami\n  \n  # Get your subject attributes in JSON format\n  kubectl auth whoami -o json",
    usage_line: "kubectl auth whoami [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[&FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_OUTPUT_2, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// A visible flag with its name, shorthand, kind, default, `NoOptDefVal`, usage and value
/// hint (the flags of `kubectl auth` and `kubectl proxy`).
macro_rules! flag {
    ($static:ident, $name:literal, $shorthand:expr, $kind:ident, $default:literal, $no_opt:expr, $usage:literal, $hint:expr) => {
        static $static: FlagSpec = FlagSpec {
            name: $name,
            shorthand: $shorthand,
            kind: FlagKind::$kind,
            default: $default,
            no_opt_default: $no_opt,
            usage: $usage,
            hidden: false,
            deprecated: None,
            shorthand_deprecated: None,
            required: false,
            value_hint: $hint,
        };
    };
}

flag!(
    FLAG_LIST_CAN_I,
    "list",
    None,
    Bool,
    "false",
    Some("true"),
    "If true, prints all allowed actions.",
    FlagValueHint::None
);
flag!(
    FLAG_NO_HEADERS_CAN_I,
    "no-headers",
    None,
    Bool,
    "false",
    Some("true"),
    "If true, prints allowed actions without headers",
    FlagValueHint::None
);
flag!(
    FLAG_QUIET_CAN_I,
    "quiet",
    Some('q'),
    Bool,
    "false",
    Some("true"),
    "If true, suppress output and just return the exit code.",
    FlagValueHint::None
);
flag!(
    FLAG_SUBRESOURCE_CAN_I,
    "subresource",
    None,
    String,
    "",
    None,
    "SubResource such as pod/log or deployment/scale",
    FlagValueHint::None
);
flag!(
    FLAG_FILENAME_RECONCILE,
    "filename",
    Some('f'),
    StringSlice,
    "[]",
    None,
    "Filename, directory, or URL to files identifying the resource to reconcile.",
    FlagValueHint::File
);
flag!(
    FLAG_REMOVE_EXTRA_PERMISSIONS,
    "remove-extra-permissions",
    None,
    Bool,
    "false",
    Some("true"),
    "If true, removes extra permissions added to roles",
    FlagValueHint::None
);
flag!(
    FLAG_REMOVE_EXTRA_SUBJECTS,
    "remove-extra-subjects",
    None,
    Bool,
    "false",
    Some("true"),
    "If true, removes extra subjects added to rolebindings",
    FlagValueHint::None
);

/// `kubectl set` (from `kubectl set --help` of kubectl 1.37.1).
pub static CMD_SET: CommandSpec = CommandSpec {
    name: "set",
    aliases: &[],
    suggest_for: &[],
    short: "Set specific features on objects",
    long: "Configure application resources.\n\n These commands help you make changes to existing application resources.",
    example: "",
    usage_line: "kubectl set SUBCOMMAND [options]",
    run: RunKind::SubcommandGroup,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[&CMD_SET_ENV, &CMD_SET_IMAGE, &CMD_SET_RESOURCES, &CMD_SET_SELECTOR, &CMD_SET_SERVICEACCOUNT, &CMD_SET_SUBJECT],
};

/// `kubectl set env` (from `kubectl set env --help` of kubectl 1.37.1).
pub static CMD_SET_ENV: CommandSpec = CommandSpec {
    name: "env",
    aliases: &[],
    suggest_for: &[],
    short: "Update environment variables on a pod template",
    long: "Update environment variables on a pod template.\n\n List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.\n\n If \"--env -\" is passed, environment variables can be read from STDIN using the standard env syntax.\n\n Possible resources include (case insensitive):\n\n        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)",
    example: "  # Update deployment 'registry' with a new environment variable\n  kubectl set env deployment/registry STORAGE_DIR=/local\n  \n  # List the environment variables defined on a deployments 'sample-build'\n  kubectl set env deployment/sample-build --list\n  \n  # List the environment variables defined on all pods\n  kubectl set env pods --all --list\n  \n  # Output modified deployment in YAML, and does not alter the object on the server\n  kubectl set env deployment/sample-build STORAGE_DIR=/data -o yaml\n  \n  # Update all containers in all replication controllers in the project to have ENV=prod\n  kubectl set env rc --all ENV=prod\n  \n  # Import environment from a secret\n  kubectl set env --from=secret/mysecret deployment/myapp\n  \n  # Import environment from a config map with a prefix\n  kubectl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp\n  \n  # Import specific keys from a config map\n  kubectl set env --keys=my-example-key --from=configmap/myconfigmap deployment/myapp\n  \n  # Remove the environment variable ENV from container 'c1' in all deployment configs\n  kubectl set env deployments --all --containers=\"c1\" ENV-\n  \n  # Remove the environment variable ENV from a deployment definition on disk and\n  # update the deployment config on the server\n  kubectl set env -f deploy.json ENV-\n  \n  # Set some of the local shell environment into a deployment config on the server\n  env | grep RAILS_ | kubectl set env -e - deployment/registry",
    usage_line: "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALL_5, &FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_CONTAINERS_2, &FLAG_DRY_RUN, &FLAG_ENV_2, &FLAG_FIELD_MANAGER_7, &FLAG_FILENAME_12, &FLAG_FROM_2, &FLAG_KEYS, &FLAG_KUSTOMIZE, &FLAG_LIST_3, &FLAG_LOCAL_3, &FLAG_OUTPUT_2, &FLAG_OVERWRITE_4, &FLAG_PREFIX_2, &FLAG_RECURSIVE, &FLAG_RESOLVE, &FLAG_SELECTOR, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl set image` (from `kubectl set image --help` of kubectl 1.37.1).
pub static CMD_SET_IMAGE: CommandSpec = CommandSpec {
    name: "image",
    aliases: &[],
    suggest_for: &[],
    short: "Update the image of a pod template",
    long: "Update existing container image(s) of resources.\n\n Possible resources include (case insensitive):\n\n        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)",
    example: "  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'\n  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1\n  \n  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'\n  kubectl set image deployments,rc nginx=nginx:1.9.1 --all\n  \n  # Update image of all containers of daemonset abc to 'nginx:1.9.1'\n  kubectl set image daemonset abc *=nginx:1.9.1\n  \n  # Print result (in yaml format) of updating nginx container image from local file, without hitting the server\n  kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml",
    usage_line: "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALL_4, &FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_DRY_RUN, &FLAG_FIELD_MANAGER_7, &FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_LOCAL_4, &FLAG_OUTPUT_2, &FLAG_RECORD, &FLAG_RECURSIVE, &FLAG_SELECTOR, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl set resources` (from `kubectl set resources --help` of kubectl 1.37.1).
pub static CMD_SET_RESOURCES: CommandSpec = CommandSpec {
    name: "resources",
    aliases: &[],
    suggest_for: &[],
    short: "Update resource requests/limits on objects with pod templates",
    long: "Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.\n\n For each compute resource, if a limit is specified and a request is omitted, the request will default to the limit.\n\n Possible resources include (case insensitive): Use \"kubectl api-resources\" for a complete list of supported resources..",
    example: "  # Set a deployments nginx container cpu limits to \"200m\" and memory to \"512Mi\"\n  kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi\n  \n  # Set the resource request and limits for all containers in nginx\n  kubectl set resources deployment nginx --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi\n  \n  # Remove the resource requests for resources on containers in nginx\n  kubectl set resources deployment nginx --limits=cpu=0,memory=0 --requests=cpu=0,memory=0\n  \n  # Print the result (in yaml format) of updating nginx container limits from a local, without hitting the server\n  kubectl set resources -f path/to/file.yaml --limits=cpu=200m,memory=512Mi --local -o yaml",
    usage_line: "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALL_4, &FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_CONTAINERS_3, &FLAG_DRY_RUN, &FLAG_FIELD_MANAGER_7, &FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_LIMITS, &FLAG_LOCAL_5, &FLAG_OUTPUT_2, &FLAG_RECORD, &FLAG_RECURSIVE, &FLAG_REQUESTS, &FLAG_SELECTOR, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl set selector` (from `kubectl set selector --help` of kubectl 1.37.1).
pub static CMD_SET_SELECTOR: CommandSpec = CommandSpec {
    name: "selector",
    aliases: &[],
    suggest_for: &[],
    short: "Set the selector on a resource",
    long: "Set the selector on a resource. Note that the new selector will overwrite the old selector if the resource had one prior to the invocation of 'set selector'.\n\n A selector must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters. If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used. Note: currently selectors can only be set on Service objects.",
    example: "  # Set the labels and selector before creating a deployment/service pair\n  kubectl create service clusterip my-svc --clusterip=\"None\" -o yaml --dry-run=client | kubectl set selector --local -f - 'environment=qa' -o yaml | kubectl create -f -\n  kubectl create deployment my-dep --image=nginx -o yaml --dry-run=client | kubectl label --local -f - environment=qa -o yaml | kubectl create -f -",
    usage_line: "kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALL_2, &FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_DRY_RUN, &FLAG_FIELD_MANAGER_7, &FLAG_FILENAME_9, &FLAG_LOCAL_2, &FLAG_OUTPUT_2, &FLAG_RECORD, &FLAG_RECURSIVE_2, &FLAG_RESOURCE_VERSION_3, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl set serviceaccount` (from `kubectl set serviceaccount --help` of kubectl 1.37.1).
pub static CMD_SET_SERVICEACCOUNT: CommandSpec = CommandSpec {
    name: "serviceaccount",
    aliases: &[],
    suggest_for: &[],
    short: "Update the service account of a resource",
    long: "Update the service account of pod template resources.\n\n Possible resources (case insensitive) can be:\n\n replicationcontroller (rc), deployment (deploy), daemonset (ds), job, replicaset (rs), statefulset\n\nAliases:\nserviceaccount, sa",
    example: "  # Set deployment nginx-deployment's service account to serviceaccount1\n  kubectl set serviceaccount deployment nginx-deployment serviceaccount1\n  \n  # Print the result (in YAML format) of updated nginx deployment with the service account from local file, without hitting the API server\n  kubectl set sa -f nginx-deployment.yaml serviceaccount1 --local --dry-run=client -o yaml",
    usage_line: "kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALL_4, &FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_DRY_RUN, &FLAG_FIELD_MANAGER_7, &FLAG_FILENAME, &FLAG_KUSTOMIZE, &FLAG_LOCAL_6, &FLAG_OUTPUT_2, &FLAG_RECORD, &FLAG_RECURSIVE, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl set subject` (from `kubectl set subject --help` of kubectl 1.37.1).
pub static CMD_SET_SUBJECT: CommandSpec = CommandSpec {
    name: "subject",
    aliases: &[],
    suggest_for: &[],
    short: "Update the user, group, or service account in a role binding or cluster role binding",
    long: "Update the user, group, or service account in a role binding or cluster role binding.",
    example: "  # Update a cluster role binding for serviceaccount1\n  kubectl set subject clusterrolebinding admin --serviceaccount=namespace:serviceaccount1\n  \n  # Update a role binding for user1, user2, and group1\n  kubectl set subject rolebinding admin --user=user1 --user=user2 --group=group1\n  \n  # Print the result (in YAML format) of updating rolebinding subjects from a local, without hitting the server\n  kubectl create rolebinding admin --role=admin --user=admin -o yaml --dry-run=client | kubectl set subject --local -f - --user=foo -o yaml",
    usage_line: "kubectl set subject (-f FILENAME | TYPE NAME) [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]",
    run: RunKind::Verb,
    simulated: false,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[&FLAG_ALL_4, &FLAG_ALLOW_MISSING_TEMPLATE_KEYS, &FLAG_DRY_RUN, &FLAG_FIELD_MANAGER_7, &FLAG_FILENAME_13, &FLAG_GROUP_3, &FLAG_KUSTOMIZE, &FLAG_LOCAL_7, &FLAG_OUTPUT_2, &FLAG_RECURSIVE, &FLAG_SELECTOR, &FLAG_SERVICEACCOUNT_3, &FLAG_SHOW_MANAGED_FIELDS, &FLAG_TEMPLATE, &FLAG_USER_5],
    persistent_flags: &[],
    subcommands: &[],
};

static FLAG_ALL_5: FlagSpec = FlagSpec {
    name: "all",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, select all resources in the namespace of the specified resource types",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_CONTAINERS_2: FlagSpec = FlagSpec {
    name: "containers",
    shorthand: Some('c'),
    kind: FlagKind::String,
    default: "*",
    no_opt_default: None,
    usage: "The names of containers in the selected pod templates to change - may use wildcards",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_ENV_2: FlagSpec = FlagSpec {
    name: "env",
    shorthand: Some('e'),
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Specify a key-value pair for an environment variable to set into each container.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_FIELD_MANAGER_7: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-set",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_FILENAME_12: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files the resource to update the env",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};

static FLAG_FROM_2: FlagSpec = FlagSpec {
    name: "from",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The name of a resource from which to inject environment variables",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_KEYS: FlagSpec = FlagSpec {
    name: "keys",
    shorthand: None,
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Comma-separated list of keys to import from specified resource",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_LIST_3: FlagSpec = FlagSpec {
    name: "list",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_LOCAL_3: FlagSpec = FlagSpec {
    name: "local",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, set env will NOT contact api-server but run locally.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_OVERWRITE_4: FlagSpec = FlagSpec {
    name: "overwrite",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "true",
    no_opt_default: Some("true"),
    usage: "If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_PREFIX_2: FlagSpec = FlagSpec {
    name: "prefix",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Prefix to append to variable names",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_RESOLVE: FlagSpec = FlagSpec {
    name: "resolve",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, show secret or configmap references when listing variables",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_LOCAL_4: FlagSpec = FlagSpec {
    name: "local",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, set image will NOT contact api-server but run locally.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_CONTAINERS_3: FlagSpec = FlagSpec {
    name: "containers",
    shorthand: Some('c'),
    kind: FlagKind::String,
    default: "*",
    no_opt_default: None,
    usage: "The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_LIMITS: FlagSpec = FlagSpec {
    name: "limits",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_LOCAL_5: FlagSpec = FlagSpec {
    name: "local",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, set resources will NOT contact api-server but run locally.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_REQUESTS: FlagSpec = FlagSpec {
    name: "requests",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_RESOURCE_VERSION_3: FlagSpec = FlagSpec {
    name: "resource-version",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "If non-empty, the selectors update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_LOCAL_6: FlagSpec = FlagSpec {
    name: "local",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, set serviceaccount will NOT contact api-server but run locally.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_FILENAME_13: FlagSpec = FlagSpec {
    name: "filename",
    shorthand: Some('f'),
    kind: FlagKind::StringSlice,
    default: "[]",
    no_opt_default: None,
    usage: "Filename, directory, or URL to files the resource to update the subjects",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::File,
};

static FLAG_GROUP_3: FlagSpec = FlagSpec {
    name: "group",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Groups to bind to the role",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_LOCAL_7: FlagSpec = FlagSpec {
    name: "local",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "If true, set subject will NOT contact api-server but run locally.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_SERVICEACCOUNT_3: FlagSpec = FlagSpec {
    name: "serviceaccount",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Service accounts to bind to the role",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

static FLAG_USER_5: FlagSpec = FlagSpec {
    name: "user",
    shorthand: None,
    kind: FlagKind::StringArray,
    default: "[]",
    no_opt_default: None,
    usage: "Usernames to bind to the role",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

/// `kubectl uncordon` (written by hand after `kubectl uncordon --help` of kubectl 1.37.1).
pub static CMD_UNCORDON: CommandSpec = CommandSpec {
    name: "uncordon",
    aliases: &[],
    suggest_for: &[],
    short: "Mark node as schedulable",
    long: "Mark node as schedulable.",
    example: "  # Mark node \"foo\" as schedulable\n  kubectl uncordon foo",
    usage_line: "kubectl uncordon NODE [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Nodes,
    flags: &[&FLAG_DRY_RUN, &FLAG_SELECTOR],
    persistent_flags: &[],
    subcommands: &[],
};

/// `kubectl taint` (written by hand after `kubectl taint --help` of kubectl 1.37.1).
pub static CMD_TAINT: CommandSpec = CommandSpec {
    name: "taint",
    aliases: &[],
    suggest_for: &[],
    short: "Update the taints on one or more nodes",
    long: "Update the taints on one or more nodes.\n\n  *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.\n  *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.\n  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.\n  *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.\n  *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.\n  *  Currently taint can only apply to node.",
    example: "  # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'\n  # If a taint with that key and effect already exists, its value is replaced as specified\n  kubectl taint nodes foo dedicated=special-user:NoSchedule\n  \n  # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists\n  kubectl taint nodes foo dedicated:NoSchedule-\n  \n  # Remove from node 'foo' all the taints with key 'dedicated'\n  kubectl taint nodes foo dedicated-\n  \n  # Add a taint with key 'dedicated' on nodes having label myLabel=X\n  kubectl taint node -l myLabel=X  dedicated=foo:PreferNoSchedule\n  \n  # Add to node 'foo' a taint with key 'bar' and no value\n  kubectl taint nodes foo bar:NoSchedule",
    usage_line: "kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::ResourceTypeThenNames,
    flags: &[
        &FLAG_ALL_TAINT,
        &FLAG_ALLOW_MISSING_TEMPLATE_KEYS,
        &FLAG_DRY_RUN,
        &FLAG_FIELD_MANAGER_TAINT,
        &FLAG_OUTPUT_2,
        &FLAG_OVERWRITE_TAINT,
        &FLAG_SELECTOR,
        &FLAG_SHOW_MANAGED_FIELDS,
        &FLAG_TEMPLATE,
        &FLAG_VALIDATE
    ],
    persistent_flags: &[],
    subcommands: &[],
};

static FLAG_ALL_TAINT: FlagSpec = FlagSpec {
    name: "all",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Select all nodes in the cluster",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_FIELD_MANAGER_TAINT: FlagSpec = FlagSpec {
    name: "field-manager",
    shorthand: None,
    kind: FlagKind::String,
    default: "kubectl-taint",
    no_opt_default: None,
    usage: "Name of the manager used to track field ownership.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_OVERWRITE_TAINT: FlagSpec = FlagSpec { name: "overwrite", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };

/// `kubectl drain` (written by hand after `kubectl drain --help` of kubectl 1.37.1).
pub static CMD_DRAIN: CommandSpec = CommandSpec {
    name: "drain",
    aliases: &[],
    suggest_for: &[],
    short: "Drain node in preparation for maintenance",
    long: "Drain node in preparation for maintenance.\n\n The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ eviction https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.\n\n 'drain' waits for graceful termination. You should not operate on the machine until the command completes.\n\n When you are ready to put the node back into service, use kubectl uncordon, which will make the node schedulable again.\n\nhttps://kubernetes.io/images/docs/kubectl_drain.svg Workflowhttps://kubernetes.io/images/docs/kubectl_drain.svg",
    example: "  # Drain node \"foo\", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it\n  kubectl drain foo --force\n  \n  # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes\n  kubectl drain foo --grace-period=900",
    usage_line: "kubectl drain NODE [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::Nodes,
    flags: &[
        &FLAG_CHUNK_SIZE,
        &FLAG_DELETE_EMPTYDIR_DATA,
        &FLAG_DISABLE_EVICTION,
        &FLAG_DRY_RUN,
        &FLAG_FORCE_DRAIN,
        &FLAG_GRACE_PERIOD_DRAIN,
        &FLAG_IGNORE_DAEMONSETS,
        &FLAG_POD_SELECTOR,
        &FLAG_SELECTOR,
        &FLAG_SKIP_WAIT_FOR_DELETE_TIMEOUT,
        &FLAG_TIMEOUT_DRAIN
    ],
    persistent_flags: &[],
    subcommands: &[],
};

static FLAG_DELETE_EMPTYDIR_DATA: FlagSpec = FlagSpec { name: "delete-emptydir-data", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_DISABLE_EVICTION: FlagSpec = FlagSpec { name: "disable-eviction", shorthand: None, kind: FlagKind::Bool, default: "false", no_opt_default: Some("true"), usage: "Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_FORCE_DRAIN: FlagSpec = FlagSpec {
    name: "force",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Continue even if there are pods that do not declare a controller.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_GRACE_PERIOD_DRAIN: FlagSpec = FlagSpec { name: "grace-period", shorthand: None, kind: FlagKind::Int, default: "-1", no_opt_default: None, usage: "Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_IGNORE_DAEMONSETS: FlagSpec = FlagSpec {
    name: "ignore-daemonsets",
    shorthand: None,
    kind: FlagKind::Bool,
    default: "false",
    no_opt_default: Some("true"),
    usage: "Ignore DaemonSet-managed pods.",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_POD_SELECTOR: FlagSpec = FlagSpec {
    name: "pod-selector",
    shorthand: None,
    kind: FlagKind::String,
    default: "",
    no_opt_default: None,
    usage: "Label selector to filter pods on the node",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};
static FLAG_SKIP_WAIT_FOR_DELETE_TIMEOUT: FlagSpec = FlagSpec { name: "skip-wait-for-delete-timeout", shorthand: None, kind: FlagKind::Int, default: "0", no_opt_default: None, usage: "If pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip.", hidden: false, deprecated: None, shorthand_deprecated: None, required: false, value_hint: FlagValueHint::None };
static FLAG_TIMEOUT_DRAIN: FlagSpec = FlagSpec {
    name: "timeout",
    shorthand: None,
    kind: FlagKind::Duration,
    default: "0s",
    no_opt_default: None,
    usage: "The length of time to wait before giving up, zero means infinite",
    hidden: false,
    deprecated: None,
    shorthand_deprecated: None,
    required: false,
    value_hint: FlagValueHint::None,
};

/// `kubectl proxy`.
pub static CMD_PROXY: CommandSpec = CommandSpec {
    name: "proxy",
    aliases: &[],
    suggest_for: &[],
    short: "Run a proxy to the Kubernetes API server",
    long: "Creates a proxy server or application-level gateway between localhost and the Kubernetes API server. It also allows serving static content over specified HTTP path. All incoming data enters through one port and gets forwarded to the remote Kubernetes API server port, except for the path matching the static content path.",
    example: "  # To proxy all of the Kubernetes API and nothing else\n  kubectl proxy --api-prefix=/\n  \n  # To proxy only part of the Kubernetes API and also some static files\n  # You can get pods info with 'curl localhost:8001/api/v1/pods'\n  kubectl proxy --www=/my/files --www-prefix=/static/ --api-prefix=/api/\n  \n  # To proxy the entire Kubernetes API at a different root\n  # You can get pods info with 'curl localhost:8001/custom/api/v1/pods'\n  kubectl proxy --api-prefix=/custom/\n  \n  # Run a proxy to the Kubernetes API server on port 8011, serving static content from ./local/www/\n  kubectl proxy --port=8011 --www=./local/www/\n  \n  # Run a proxy to the Kubernetes API server on an arbitrary local port\n  # The chosen port for the server will be output to stdout\n  kubectl proxy --port=0\n  \n  # Run a proxy to the Kubernetes API server, changing the API prefix to k8s-api\n  # This makes e.g. the pods API available at localhost:8001/k8s-api/v1/pods/\n  kubectl proxy --api-prefix=/k8s-api",
    usage_line: "kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[
        &FLAG_PROXY_ACCEPT_HOSTS,
        &FLAG_PROXY_ACCEPT_PATHS,
        &FLAG_PROXY_ADDRESS,
        &FLAG_PROXY_API_PREFIX,
        &FLAG_PROXY_APPEND_SERVER_PATH,
        &FLAG_PROXY_DISABLE_FILTER,
        &FLAG_PROXY_KEEPALIVE,
        &FLAG_PROXY_PORT,
        &FLAG_PROXY_REJECT_METHODS,
        &FLAG_PROXY_REJECT_PATHS,
        &FLAG_PROXY_UNIX_SOCKET,
        &FLAG_PROXY_WWW,
        &FLAG_PROXY_WWW_PREFIX,
    ],
    persistent_flags: &[],
    subcommands: &[],
};

flag!(
    FLAG_PROXY_ACCEPT_HOSTS,
    "accept-hosts",
    None,
    String,
    "^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$",
    None,
    "Regular expression for hosts that the proxy should accept.",
    FlagValueHint::None
);
flag!(
    FLAG_PROXY_ACCEPT_PATHS,
    "accept-paths",
    None,
    String,
    "^.*",
    None,
    "Regular expression for paths that the proxy should accept.",
    FlagValueHint::None
);
flag!(
    FLAG_PROXY_ADDRESS,
    "address",
    None,
    String,
    "127.0.0.1",
    None,
    "The IP address on which to serve on.",
    FlagValueHint::None
);
flag!(
    FLAG_PROXY_API_PREFIX,
    "api-prefix",
    None,
    String,
    "/",
    None,
    "Prefix to serve the proxied API under.",
    FlagValueHint::None
);
flag!(
    FLAG_PROXY_APPEND_SERVER_PATH,
    "append-server-path",
    None,
    Bool,
    "false",
    Some("true"),
    "If true, enables automatic path appending of the kube context server path to each request.",
    FlagValueHint::None
);
flag!(FLAG_PROXY_DISABLE_FILTER, "disable-filter", None, Bool, "false", Some("true"), "If true, disable request filtering in the proxy. This is dangerous, and can leave you vulnerable to XSRF attacks, when used with an accessible port.", FlagValueHint::None);
flag!(FLAG_PROXY_KEEPALIVE, "keepalive", None, Duration, "0s", None, "keepalive specifies the keep-alive period for an active network connection. Set to 0 to disable keepalive.", FlagValueHint::None);
flag!(
    FLAG_PROXY_PORT,
    "port",
    Some('p'),
    Int,
    "8001",
    None,
    "The port on which to run the proxy. Set to 0 to pick a random port.",
    FlagValueHint::None
);
flag!(FLAG_PROXY_REJECT_METHODS, "reject-methods", None, String, "^$", None, "Regular expression for HTTP methods that the proxy should reject (example --reject-methods='POST,PUT,PATCH'). ", FlagValueHint::None);
flag!(FLAG_PROXY_REJECT_PATHS, "reject-paths", None, String, "^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach", None, "Regular expression for paths that the proxy should reject. Paths specified here will be rejected even accepted by --accept-paths.", FlagValueHint::None);
flag!(
    FLAG_PROXY_UNIX_SOCKET,
    "unix-socket",
    Some('u'),
    String,
    "",
    None,
    "Unix socket on which to run the proxy.",
    FlagValueHint::File
);
flag!(
    FLAG_PROXY_WWW,
    "www",
    Some('w'),
    String,
    "",
    None,
    "Also serve static files from the given directory under the specified prefix.",
    FlagValueHint::File
);
flag!(
    FLAG_PROXY_WWW_PREFIX,
    "www-prefix",
    Some('P'),
    String,
    "/static/",
    None,
    "Prefix to serve static files under, if static file directory is specified.",
    FlagValueHint::None
);

/// `kubectl plugin`.
pub static CMD_PLUGIN: CommandSpec = CommandSpec {
    name: "plugin",
    aliases: &[],
    suggest_for: &[],
    short: "Provides utilities for interacting with plugins",
    long: "Provides utilities for interacting with plugins.\n\n Plugins provide extended functionality that is not part of the major command-line distribution. Please refer to the documentation and examples for more information about how write your own plugins.\n\n The easiest way to discover and install plugins is via the kubernetes sub-project krew: [krew.sigs.k8s.io]. To install krew, visit https://krew.sigs.k8s.io/docs/user-guide/setup/install",
    example: PLUGIN_EXAMPLE,
    usage_line: "kubectl plugin [flags] [options]",
    run: RunKind::SubcommandGroup,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[&CMD_PLUGIN_LIST],
};

const PLUGIN_EXAMPLE: &str = "  # List all available plugins\n  kubectl plugin list\n  \n  # List only binary names of available plugins without paths\n  kubectl plugin list --name-only";

/// `kubectl plugin list`: the playground's PATH holds no `kubectl-*` executables.
pub static CMD_PLUGIN_LIST: CommandSpec = CommandSpec {
    name: "list",
    aliases: &[],
    suggest_for: &[],
    short: "List all visible plugin executables on a user's PATH",
    long: "List all available plugin files on a user's PATH. To see plugins binary names without the full path use --name-only flag.\n\n Available plugin files are those that are: - executable - anywhere on the user's PATH - begin with \"kubectl-\"",
    example: PLUGIN_EXAMPLE,
    usage_line: "kubectl plugin list [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[&FLAG_PLUGIN_NAME_ONLY],
    persistent_flags: &[],
    subcommands: &[],
};

flag!(
    FLAG_PLUGIN_NAME_ONLY,
    "name-only",
    None,
    Bool,
    "false",
    Some("true"),
    "If true, display only the binary name of each plugin, rather than its full path",
    FlagValueHint::None
);

/// `kubectl alpha`: hidden, without subcommands; any use (`--help` too) prints that no alpha
/// commands are available, on stderr.
pub static CMD_ALPHA: CommandSpec = CommandSpec {
    name: "alpha",
    aliases: &[],
    suggest_for: &[],
    short: "Commands for features in alpha",
    long: "These commands correspond to alpha features that are not enabled in Kubernetes clusters by default.",
    example: "",
    usage_line: "kubectl alpha [flags] [options]",
    run: RunKind::Verb,
    simulated: true,
    positional: ArgHint::None,
    flags: &[],
    persistent_flags: &[],
    subcommands: &[],
};
