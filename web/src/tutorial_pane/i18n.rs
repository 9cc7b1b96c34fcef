//! The tutorial pane's own words, in Japanese and English (tutorial texts come from the YAML).

use kubeplay_core::tutorial::Lang;

/// A fixed text of the pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    Tutorials,
    Sections,
    FreePlay,
    FreePlayIntro,
    Steps,
    Step,
    Goal,
    GoalPending,
    GoalDone,
    Hint,
    ShowHint,
    ShowSolution,
    Solution,
    Previous,
    Next,
    Skip,
    ResetStep,
    Finished,
    NextTutorial,
    ClickToType,
    Mistake,
    Preparing,
    Prepared,
    Restored,
    FreePlayNotice,
    CouldNotPrepare,
}

/// The text of `ui` in `lang`.
pub fn tr(ui: Ui, lang: Lang) -> &'static str {
    let (ja, en) = match ui {
        Ui::Tutorials => ("チュートリアル", "Tutorials"),
        Ui::Sections => ("節の一覧", "Sections"),
        Ui::FreePlay => ("フリープレイ", "Free play"),
        Ui::FreePlayIntro => (
            "チュートリアルなしで自由にクラスタを操作できます。上の一覧から節を選ぶと、その節の手順に沿って進められます。",
            "Use the cluster freely, without a tutorial. Pick a section above to follow its steps.",
        ),
        Ui::Steps => ("手順", "Steps"),
        Ui::Step => ("手順", "Step"),
        Ui::Goal => ("目標", "Goal"),
        Ui::GoalPending => ("まだ達成していません", "Not reached yet"),
        Ui::GoalDone => ("達成しました", "Reached"),
        Ui::Hint => ("ヒント", "Hint"),
        Ui::ShowHint => ("ヒントを見る", "Show a hint"),
        Ui::ShowSolution => ("答えを見る", "Show the solution"),
        Ui::Solution => ("答え", "Solution"),
        Ui::Previous => ("← 前へ", "← Previous"),
        Ui::Next => ("次へ →", "Next →"),
        Ui::Skip => ("飛ばす →", "Skip →"),
        Ui::ResetStep => ("この手順をやり直す", "Reset this step"),
        Ui::Finished => ("この節はすべて終わりました。", "You have finished this section."),
        Ui::NextTutorial => ("次の節へ", "Next section"),
        Ui::ClickToType => ("クリックでターミナルに入力", "Click to type it into the terminal"),
        Ui::Mistake => ("うまくいかなかった理由", "What went wrong"),
        Ui::Preparing => ("クラスタを準備しています…", "Preparing the cluster…"),
        Ui::Prepared => ("クラスタを準備しました", "cluster prepared"),
        Ui::Restored => ("保存した続きから再開しました", "restored where you left off"),
        Ui::FreePlayNotice => ("フリープレイ: チュートリアルを閉じました", "free play: tutorial closed"),
        Ui::CouldNotPrepare => ("クラスタを準備できませんでした", "Could not prepare the cluster"),
    };
    match lang {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

/// `ja` or `en`, as stored and as the `lang` attribute.
pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "ja",
        Lang::En => "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages() {
        assert_eq!(tr(Ui::Next, Lang::Ja), "次へ →");
        assert_eq!(lang_code(Lang::En), "en");
    }
}
