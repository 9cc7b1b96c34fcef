//! The playground's own UI text in English and Japanese (kubectl's output stays English, as
//! the real one). The default follows `navigator.language`; the learner can switch.

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

impl Lang {
    /// `"en"` / `"ja"` (the `lang` attribute and the saved preference).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// Reads a saved preference or a BCP 47 tag such as `ja-JP`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ja" => Some(Lang::Ja),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The browser's preferred language, English when it is neither.
    pub fn from_browser() -> Lang {
        web_sys::window()
            .and_then(|window| window.navigator().language())
            .and_then(|tag| Lang::from_tag(&tag))
            .unwrap_or_default()
    }

    /// The other language (the switch button).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        }
    }
}

/// Every UI string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Title,
    Tagline,
    TerminalInput,
    TerminalOutput,
    Running,
    SimTime,
    Pause,
    Play,
    Speed,
    SkipToNext,
    SkipToNextHint,
    NothingScheduled,
    Session,
    Reset,
    ResetConfirm,
    ResetYes,
    ExitNotice,
    Cancel,
    Export,
    Import,
    Share,
    ShareCopied,
    ShareCopyHint,
    Close,
    Language,
    FontSmaller,
    FontLarger,
    Dismiss,
    Restored,
    SetAside,
    ImportFailed,
    Imported,
    ShareOpened,
    PreviousKeptAside,
    ShareDamaged,
    FreshCluster,
    TutorialPane,
    TutorialPlaceholder,
    ClusterPane,
    ClusterPlaceholder,
    Palette,
    ShowKeyboard,
    StorageUnavailable,
    ScrolledUp,
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Text) -> &'static str {
    use Text::*;
    match (lang, key) {
        (Lang::En, Title) => "kubeplay",
        (Lang::Ja, Title) => "kubeplay",
        (Lang::En, Tagline) => "Kubernetes in your browser",
        (Lang::Ja, Tagline) => "ブラウザで動く Kubernetes",
        (Lang::En, TerminalInput) => "Terminal input: type a command and press Enter",
        (Lang::Ja, TerminalInput) => "端末の入力: コマンドを入力して Enter",
        (Lang::En, TerminalOutput) => "Terminal output",
        (Lang::Ja, TerminalOutput) => "端末の出力",
        (Lang::En, Running) => "running… Ctrl+C to interrupt",
        (Lang::Ja, Running) => "実行中… Ctrl+C で中断",
        (Lang::En, SimTime) => "Cluster time",
        (Lang::Ja, SimTime) => "クラスタの時刻",
        (Lang::En, Pause) => "Pause",
        (Lang::Ja, Pause) => "一時停止",
        (Lang::En, Play) => "Play",
        (Lang::Ja, Play) => "再生",
        (Lang::En, Speed) => "Speed",
        (Lang::Ja, Speed) => "速さ",
        (Lang::En, SkipToNext) => "Next event",
        (Lang::Ja, SkipToNext) => "次の出来事へ",
        (Lang::En, SkipToNextHint) => "Jump the clock to the next scheduled event",
        (Lang::Ja, SkipToNextHint) => "次に予定されている出来事まで時計を進める",
        (Lang::En, NothingScheduled) => "Nothing is scheduled",
        (Lang::Ja, NothingScheduled) => "予定された出来事はありません",
        (Lang::En, Session) => "Session",
        (Lang::Ja, Session) => "セッション",
        (Lang::En, Reset) => "Reset cluster",
        (Lang::Ja, Reset) => "クラスタをリセット",
        (Lang::En, ResetConfirm) => "Start over with a fresh cluster? Your commands so far are kept aside in this browser.",
        (Lang::Ja, ResetConfirm) => "新しいクラスタでやり直しますか？ これまでのコマンドはこのブラウザに別に保存されます。",
        (Lang::En, ExitNotice) => "exit: this terminal stays open (“Reset cluster” starts over)",
        (Lang::Ja, ExitNotice) => "exit: このターミナルは閉じません (やり直すには「クラスタをリセット」)",
        (Lang::En, ResetYes) => "Start over",
        (Lang::Ja, ResetYes) => "やり直す",
        (Lang::En, Cancel) => "Cancel",
        (Lang::Ja, Cancel) => "キャンセル",
        (Lang::En, Export) => "Export",
        (Lang::Ja, Export) => "書き出し",
        (Lang::En, Import) => "Import",
        (Lang::Ja, Import) => "読み込み",
        (Lang::En, Share) => "Share link",
        (Lang::Ja, Share) => "共有リンク",
        (Lang::En, ShareCopied) => "Link copied. Anyone who opens it replays your commands:",
        (Lang::Ja, ShareCopied) => "リンクをコピーしました。開くとあなたのコマンドが再生されます:",
        (Lang::En, ShareCopyHint) => "Copy this link. Anyone who opens it replays your commands:",
        (Lang::Ja, ShareCopyHint) => "このリンクをコピーしてください。開くとあなたのコマンドが再生されます:",
        (Lang::En, Close) => "Close",
        (Lang::Ja, Close) => "閉じる",
        (Lang::En, Language) => "日本語",
        (Lang::Ja, Language) => "English",
        (Lang::En, FontSmaller) => "Smaller text",
        (Lang::Ja, FontSmaller) => "文字を小さく",
        (Lang::En, FontLarger) => "Larger text",
        (Lang::Ja, FontLarger) => "文字を大きく",
        (Lang::En, Dismiss) => "Dismiss",
        (Lang::Ja, Dismiss) => "閉じる",
        (Lang::En, Restored) => "Your previous session was restored.",
        (Lang::Ja, Restored) => "前回のセッションを復元しました。",
        (Lang::En, SetAside) => "The saved session could not be restored, so it was set aside (kept in this browser under the key shown) and a fresh cluster was started:",
        (Lang::Ja, SetAside) => "保存されたセッションを復元できなかったため、別のキーに退避して新しいクラスタを開始しました:",
        (Lang::En, ImportFailed) => "That file is not a kubeplay session:",
        (Lang::Ja, ImportFailed) => "このファイルは kubeplay のセッションではありません:",
        (Lang::En, Imported) => "Session imported.",
        (Lang::Ja, Imported) => "セッションを読み込みました。",
        (Lang::En, ShareOpened) => "You opened a shared session; its commands were replayed.",
        (Lang::Ja, ShareOpened) => "共有されたセッションを開き、そのコマンドを再生しました。",
        (Lang::En, PreviousKeptAside) => "Your own previous session is kept in this browser under:",
        (Lang::Ja, PreviousKeptAside) => "以前のセッションはこのブラウザの次のキーに残してあります:",
        (Lang::En, ShareDamaged) => "The share link in the address could not be read, so it was ignored:",
        (Lang::Ja, ShareDamaged) => "アドレスの共有リンクを読み取れなかったため無視しました:",
        (Lang::En, FreshCluster) => "A fresh cluster was started.",
        (Lang::Ja, FreshCluster) => "新しいクラスタを開始しました。",
        (Lang::En, TutorialPane) => "Tutorial",
        (Lang::Ja, TutorialPane) => "チュートリアル",
        (Lang::En, TutorialPlaceholder) => "Guided steps for chapter 3 (Pods) will appear here.",
        (Lang::Ja, TutorialPlaceholder) => "第3章（Pod）のガイド付きステップがここに表示されます。",
        (Lang::En, ClusterPane) => "Cluster",
        (Lang::Ja, ClusterPane) => "クラスタ",
        (Lang::En, ClusterPlaceholder) => "A picture of the nodes and pods will appear here.",
        (Lang::Ja, ClusterPlaceholder) => "ノードと Pod の図がここに表示されます。",
        (Lang::En, Palette) => "Terminal keys",
        (Lang::Ja, Palette) => "端末のキー",
        (Lang::En, ShowKeyboard) => "Keyboard",
        (Lang::Ja, ShowKeyboard) => "キーボード",
        (Lang::En, StorageUnavailable) => "This browser does not let the page save; your session will not survive a reload.",
        (Lang::Ja, StorageUnavailable) => "このブラウザでは保存できないため、再読み込みするとセッションは失われます。",
        (Lang::En, ScrolledUp) => "↓ Back to the prompt",
        (Lang::Ja, ScrolledUp) => "↓ プロンプトに戻る",
    }
}
