//! The cluster picture's sentences in English and Japanese: the ones with numbers and names in
//! them (fixed labels are `i18n::Text`). Why a selector leaves an object out and how a node
//! measures up to a nodeSelector are said here from the core's structured reasons (`Miss`,
//! `LabelCheck`); the scheduler's explanations of a Pending pod stay the core's English.

use crate::i18n::{t, Lang, Text};
use kubeplay_core::cluster_view::{LabelCheck, Miss, PodGroup, SelectorVerdict, Stage};

/// A stage in plain words.
pub fn stage_label(lang: Lang, stage: Stage) -> &'static str {
    let key = match stage {
        Stage::Unscheduled => Text::CvStageUnscheduled,
        Stage::Starting => Text::CvStageStarting,
        Stage::Running => Text::CvStageRunning,
        Stage::Problem => Text::CvStageProblem,
        Stage::Completed => Text::CvStageCompleted,
        Stage::Terminating => Text::CvStageTerminating,
    };
    t(lang, key)
}

/// `3 nodes · 12 pods · 1 pending`.
pub fn headline(lang: Lang, n_nodes: usize, n_pods: usize, pending: usize) -> String {
    match lang {
        Lang::En => {
            let mut text = format!("{n_nodes} nodes · {n_pods} pods");
            if pending > 0 {
                text.push_str(&format!(" · {pending} pending"));
            }
            text
        }
        Lang::Ja => {
            let mut text = format!("ノード {n_nodes} · Pod {n_pods}");
            if pending > 0 {
                text.push_str(&format!(" · 割り当て待ち {pending}"));
            }
            text
        }
    }
}

/// What the selector picks: `3 of 17 pods match app=kubia (listed in namespace default)`.
pub fn filter_status(
    lang: Lang,
    text: &str,
    count: usize,
    total: usize,
    nodes: bool,
    namespace: Option<&str>,
) -> String {
    match lang {
        Lang::En => {
            let what = if nodes { "nodes" } else { "pods" };
            let scope = namespace
                .map(|namespace| format!(" (listed in namespace {namespace})"))
                .unwrap_or_default();
            format!("{count} of {total} {what} match {text}{scope}")
        }
        Lang::Ja => {
            let what = if nodes { "ノード" } else { "Pod" };
            let scope = namespace
                .map(|namespace| format!("（Namespace {namespace} で一覧）"))
                .unwrap_or_default();
            format!("{text} に一致する{what}: {total} 個中 {count} 個{scope}")
        }
    }
}

/// The picture shows counts instead of pods.
pub fn aggregated(lang: Lang, n_pods: usize) -> String {
    match lang {
        Lang::En => format!("{n_pods} pods: too many to draw one by one, so nodes show counts. Pick a namespace to see fewer."),
        Lang::Ja => format!("Pod が {n_pods} 個あり、1 つずつ描くには多すぎるため、ノードには数だけを表示しています。Namespace を選ぶと絞り込めます。"),
    }
}

/// Why one requirement fails, in plain words.
pub fn miss(lang: Lang, miss: &Miss) -> String {
    match (lang, miss) {
        (Lang::En, _) => miss.plain(),
        (Lang::Ja, Miss::KeyMissing { key }) => format!("ラベル {key} がない"),
        (
            Lang::Ja,
            Miss::ValueDiffers {
                key,
                actual,
                wanted,
            },
        ) => {
            if wanted.len() == 1 {
                format!(
                    "{key} は \"{actual}\" で、{} ではない",
                    kubeplay_core::cluster_view::quoted_list(wanted)
                )
            } else {
                format!(
                    "{key} は \"{actual}\" で、{} のどれでもない",
                    kubeplay_core::cluster_view::quoted_list(wanted)
                )
            }
        }
        (
            Lang::Ja,
            Miss::Excluded {
                key,
                value,
                requirement,
            },
        ) => format!("{key} が \"{value}\" なので {requirement} に除外される"),
        (Lang::Ja, Miss::KeyPresent { key, value }) => {
            format!("ラベル {key}={value} があるが、!{key} はそのラベルがないことを求める")
        }
        (Lang::Ja, Miss::NotANumber { key, actual }) => {
            format!("{key} は \"{actual}\" で、整数ではない")
        }
        (
            Lang::Ja,
            Miss::OutOfRange {
                key,
                actual,
                bound,
                greater,
            },
        ) => {
            let side = if *greater {
                "より大きく"
            } else {
                "より小さく"
            };
            format!("{key} は {actual} で、{bound} {side}ない")
        }
    }
}

/// Why a selector leaves an object out, every reason (empty when it matches).
pub fn why_not(lang: Lang, verdict: &SelectorVerdict) -> String {
    let mut reasons: Vec<String> = verdict
        .checks
        .iter()
        .filter_map(|check| check.miss.as_ref().map(|reason| miss(lang, reason)))
        .collect();
    if let Some(namespace) = &verdict.outside_namespace {
        reasons.push(outside_namespace(lang, namespace));
    }
    reasons.join(match lang {
        Lang::En => "; ",
        Lang::Ja => "、",
    })
}

/// The object is not in the namespace `kubectl get` listed.
pub fn outside_namespace(lang: Lang, namespace: &str) -> String {
    match lang {
        Lang::En => format!("not in namespace {namespace}, the one listed"),
        Lang::Ja => format!("一覧した Namespace {namespace} にない"),
    }
}

/// `✓ gpu=true`, `✗ gpu=true (no such label)`, `✗ gpu=true (it is "false")`.
pub fn label_check(lang: Lang, check: &LabelCheck) -> String {
    let mark = if check.ok { "✓" } else { "✗" };
    let detail = match (&check.actual, check.ok, lang) {
        (_, true, _) => String::new(),
        (None, false, Lang::En) => " (no such label)".to_string(),
        (None, false, Lang::Ja) => "（ラベルなし）".to_string(),
        (Some(actual), false, Lang::En) => format!(" (it is \"{actual}\")"),
        (Some(actual), false, Lang::Ja) => format!("（値は \"{actual}\"）"),
    };
    format!("{mark} {}={}{detail}", check.key, check.wanted)
}

/// The status with the grace countdown: `Terminating (23s left)`.
pub fn status_text(lang: Lang, status: &str, grace_left_secs: Option<i64>) -> String {
    match (grace_left_secs, lang) {
        (None, _) => status.to_string(),
        (Some(seconds), Lang::En) => format!("{status} ({seconds}s left)"),
        (Some(seconds), Lang::Ja) => format!("{status}（残り {seconds} 秒）"),
    }
}

/// Counts of a group by stage: `12 pods: 10 running, 2 starting`.
pub fn group_counts(lang: Lang, group: &PodGroup) -> String {
    let stages: Vec<String> = group
        .by_stage
        .iter()
        .map(|(stage, count)| match lang {
            Lang::En => format!("{count} {}", stage_label(lang, *stage)),
            Lang::Ja => format!("{} {count}", stage_label(lang, *stage)),
        })
        .collect();
    match lang {
        Lang::En => format!("{} pods: {}", group.total, stages.join(", ")),
        Lang::Ja => format!("Pod {} 個: {}", group.total, stages.join("、")),
    }
}

/// ` · 3 selected`.
pub fn n_selected(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!(" · {n} selected"),
        Lang::Ja => format!(" · 選択 {n}"),
    }
}

/// `12 system labels`.
pub fn system_labels(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("{n} system labels"),
        Lang::Ja => format!("システムラベル {n} 個"),
    }
}

/// `Pod kubia`.
pub fn pod_title(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Pod {name}"),
        Lang::Ja => format!("Pod {name}"),
    }
}

/// `Node kubeplay-worker`.
pub fn node_title(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("Node {name}"),
        Lang::Ja => format!("ノード {name}"),
    }
}

/// The clicked pod is gone.
pub fn pod_gone(lang: Lang, namespace: &str, name: &str) -> String {
    match lang {
        Lang::En => format!("The pod {name} no longer exists in namespace {namespace}."),
        Lang::Ja => format!("Pod {name} は Namespace {namespace} にもうありません。"),
    }
}

/// The clicked node is gone.
pub fn node_gone(lang: Lang, name: &str) -> String {
    match lang {
        Lang::En => format!("The node {name} no longer exists."),
        Lang::Ja => format!("ノード {name} はもうありません。"),
    }
}

/// `cpu requested`.
pub fn requested(lang: Lang, resource: &str) -> String {
    match lang {
        Lang::En => format!("{resource} requested"),
        Lang::Ja => format!("{resource} の要求量"),
    }
}

/// `1500m of 4 (37%)`.
pub fn used_of(lang: Lang, used: &str, total: &str, percent: i64) -> String {
    match lang {
        Lang::En => format!("{used} of {total} ({percent}%)"),
        Lang::Ja => format!("{total} 中 {used}（{percent}%）"),
    }
}

/// The first line of the screen-reader summary.
pub fn summary_head(lang: Lang, n_nodes: usize, n_pods: usize, pending: usize) -> String {
    match lang {
        Lang::En => {
            let pending = if pending > 0 {
                format!(", {pending} waiting for a node")
            } else {
                String::new()
            };
            format!("{n_nodes} nodes, {n_pods} pods{pending}.")
        }
        Lang::Ja => {
            let pending = if pending > 0 {
                format!("、ノード待ち {pending} 個")
            } else {
                String::new()
            };
            format!("ノード {n_nodes} 台、Pod {n_pods} 個{pending}。")
        }
    }
}

/// One node in the screen-reader summary.
pub fn summary_node(
    lang: Lang,
    name: &str,
    role: &str,
    status: &str,
    hardware: &str,
    group: &PodGroup,
) -> String {
    let pods = if group.total == 0 {
        t(lang, Text::CvNoPods).to_string()
    } else {
        group_counts(lang, group)
    };
    let matching = group
        .matching
        .map(|n| n_selected(lang, n))
        .unwrap_or_default();
    match lang {
        Lang::En => format!("Node {name} ({role}, {status}, {hardware}): {pods}{matching}."),
        Lang::Ja => format!("ノード {name}（{role}、{status}、{hardware}）: {pods}{matching}。"),
    }
}
