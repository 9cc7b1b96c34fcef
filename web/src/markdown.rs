//! A small Markdown renderer for tutorial texts: the subset the tutorials use.
//!
//! Blocks: paragraphs, `#` headings, fenced code blocks (```` ```sh ````), pipe tables, `-`/`*`
//! and `1.` lists, `>` quotes. Inline: `` `code` ``, `**strong**`, `*em*`, `[text](url)` (only
//! `http(s)://` and `#` links). Text is never interpreted as HTML (Yew escapes it).
//!
//! Each command of a shell code block (`sh`, `bash`, `shell`, `console` or no language) is a
//! button: clicking it hands the command (without a leading `$ `) to `on_command`, which the
//! tutorial pane sends to the terminal's prompt line. A here-document (`cat > f <<'EOF'` up to
//! its `EOF` line) is one command of several lines.

use yew::prelude::*;

/// A block of a parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(usize, Vec<Inline>),
    Paragraph(Vec<Inline>),
    Code {
        lang: String,
        lines: Vec<String>,
    },
    Table {
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Quote(Vec<Inline>),
}

/// An inline piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
    Strong(Vec<Inline>),
    Em(Vec<Inline>),
    Link { text: Vec<Inline>, href: String },
}

/// Whether a code block's lines are shell commands a click can type.
pub fn is_shell(lang: &str) -> bool {
    matches!(lang, "" | "sh" | "bash" | "shell" | "console")
}

/// The command a click on a code line types: without a `$ ` prompt; `None` for comments and
/// blank lines.
pub fn command_of_line(line: &str) -> Option<String> {
    let trimmed = line.trim();
    let command = trimmed.strip_prefix("$ ").unwrap_or(trimmed).trim();
    if command.is_empty() || command.starts_with('#') {
        None
    } else {
        Some(command.to_string())
    }
}

/// A shell code block's lines grouped into what one click types: a line, or a here-document
/// from its `<<WORD` line through the line holding `WORD` alone. Each group is
/// `(first line index, line count, command)`; the command is `None` for comments and blanks.
pub fn command_groups(lines: &[String]) -> Vec<(usize, usize, Option<String>)> {
    let mut groups = Vec::new();
    let mut index = 0;
    while let Some(line) = lines.get(index) {
        let command = command_of_line(line);
        let delimiter = command.as_deref().and_then(here_document_delimiter);
        let end = delimiter
            .and_then(|delimiter| {
                lines
                    .iter()
                    .skip(index + 1)
                    .position(|body| body.trim() == delimiter)
            })
            .map_or(index, |offset| index + 1 + offset);
        let command = command.map(|first| {
            std::iter::once(first.as_str())
                .chain(
                    lines
                        .get(index + 1..=end)
                        .unwrap_or_default()
                        .iter()
                        .map(String::as_str),
                )
                .collect::<Vec<_>>()
                .join("\n")
        });
        groups.push((index, end + 1 - index, command));
        index = end + 1;
    }
    groups
}

/// The delimiter of a here-document a command line starts (`<<EOF`, `<<'EOF'`, `<<-"EOF"`).
fn here_document_delimiter(command: &str) -> Option<String> {
    let rest = command.split_once("<<")?.1;
    let rest = rest.strip_prefix('-').unwrap_or(rest).trim_start();
    let word: String = rest
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ';' | '|' | '&' | '>' | '<'))
        .filter(|c| !matches!(c, '\'' | '"' | '\\'))
        .collect();
    (!word.is_empty()).then_some(word)
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    let trimmed = line.trim_start();
    if let Some(rest) = trimmed
        .strip_prefix("- ")
        .or_else(|| trimmed.strip_prefix("* "))
    {
        return Some((false, rest));
    }
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        if let Some(rest) = trimmed.get(digits..).and_then(|r| r.strip_prefix(". ")) {
            return Some((true, rest));
        }
    }
    None
}

fn table_cells(line: &str) -> Vec<String> {
    let trimmed = line.trim();
    let inner = trimmed.strip_prefix('|').unwrap_or(trimmed);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    // A `|` inside backticks belongs to the code.
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut in_code = false;
    for c in inner.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                cell.push(c);
            }
            '|' if !in_code => cells.push(std::mem::take(&mut cell).trim().to_string()),
            _ => cell.push(c),
        }
    }
    cells.push(cell.trim().to_string());
    cells
}

fn is_separator_row(line: &str) -> bool {
    let cells = table_cells(line);
    !cells.is_empty()
        && cells
            .iter()
            .all(|cell| !cell.is_empty() && cell.chars().all(|c| matches!(c, '-' | ':' | ' ')))
}

fn starts_block(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.starts_with("```")
        || trimmed.starts_with('#')
        || trimmed.starts_with('|')
        || trimmed.starts_with('>')
        || list_item(line).is_some()
}

/// Parses a text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut index = 0;
    while let Some(line) = lines.get(index) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            index += 1;
        } else if let Some(lang) = trimmed.strip_prefix("```") {
            let mut code = Vec::new();
            index += 1;
            while let Some(line) = lines.get(index) {
                index += 1;
                if line.trim_start().starts_with("```") {
                    break;
                }
                code.push((*line).to_string());
            }
            blocks.push(Block::Code {
                lang: lang.trim().to_string(),
                lines: code,
            });
        } else if trimmed.starts_with('#') {
            let level = trimmed.chars().take_while(|c| *c == '#').count();
            let rest = trimmed.get(level..).unwrap_or("").trim();
            blocks.push(Block::Heading(level.min(6), inlines(rest)));
            index += 1;
        } else if trimmed.starts_with('|') {
            let mut rows = Vec::new();
            while let Some(line) = lines.get(index) {
                if !line.trim_start().starts_with('|') {
                    break;
                }
                if !is_separator_row(line) {
                    rows.push(
                        table_cells(line)
                            .iter()
                            .map(|cell| inlines(cell))
                            .collect::<Vec<_>>(),
                    );
                }
                index += 1;
            }
            let mut rows = rows.into_iter();
            let head = rows.next().unwrap_or_default();
            blocks.push(Block::Table {
                head,
                rows: rows.collect(),
            });
        } else if trimmed.starts_with('>') {
            let mut quoted = Vec::new();
            while let Some(line) = lines.get(index) {
                let Some(rest) = line.trim_start().strip_prefix('>') else {
                    break;
                };
                quoted.push(rest.trim());
                index += 1;
            }
            blocks.push(Block::Quote(inlines(&quoted.join("\n"))));
        } else if let Some((ordered, _)) = list_item(line) {
            let mut items: Vec<String> = Vec::new();
            while let Some(line) = lines.get(index) {
                if line.trim().is_empty() {
                    break;
                }
                match list_item(line) {
                    Some((o, rest)) if o == ordered => items.push(rest.to_string()),
                    Some(_) => break,
                    None if starts_block(line) => break,
                    None => {
                        if let Some(last) = items.last_mut() {
                            last.push('\n');
                            last.push_str(line.trim());
                        }
                    }
                }
                index += 1;
            }
            blocks.push(Block::List {
                ordered,
                items: items.iter().map(|item| inlines(item)).collect(),
            });
        } else {
            let mut paragraph = Vec::new();
            while let Some(line) = lines.get(index) {
                if line.trim().is_empty() || (!paragraph.is_empty() && starts_block(line)) {
                    break;
                }
                paragraph.push(line.trim());
                index += 1;
            }
            blocks.push(Block::Paragraph(inlines(&paragraph.join("\n"))));
        }
    }
    blocks
}

fn push_text(out: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text(last)) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::Text(text.to_string()));
    }
}

fn safe_href(href: &str) -> bool {
    href.starts_with("https://") || href.starts_with("http://") || href.starts_with('#')
}

/// Parses inline markup.
pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let Some(position) = rest.find(['`', '*', '[', '_']) else {
            push_text(&mut out, rest);
            break;
        };
        push_text(&mut out, rest.get(..position).unwrap_or(""));
        rest = rest.get(position..).unwrap_or("");
        if let Some(after) = rest.strip_prefix('`') {
            if let Some(end) = after.find('`') {
                out.push(Inline::Code(after.get(..end).unwrap_or("").to_string()));
                rest = after.get(end + 1..).unwrap_or("");
                continue;
            }
        } else if let Some(after) = rest.strip_prefix("**") {
            if let Some(end) = after.find("**").filter(|end| *end > 0) {
                out.push(Inline::Strong(inlines(after.get(..end).unwrap_or(""))));
                rest = after.get(end + 2..).unwrap_or("");
                continue;
            }
        } else if let Some(after) = rest.strip_prefix('*').or_else(|| rest.strip_prefix('_')) {
            let marker = if rest.starts_with('*') { '*' } else { '_' };
            let opens = after.chars().next().is_some_and(|c| !c.is_whitespace());
            let preceded_by_word = marker == '_'
                && text
                    .get(..text.len() - rest.len())
                    .is_some_and(|before| before.chars().last().is_some_and(char::is_alphanumeric));
            if opens && !preceded_by_word {
                if let Some(end) = after.find(marker).filter(|end| *end > 0) {
                    out.push(Inline::Em(inlines(after.get(..end).unwrap_or(""))));
                    rest = after.get(end + 1..).unwrap_or("");
                    continue;
                }
            }
        } else if let Some(after) = rest.strip_prefix('[') {
            if let Some((label, tail)) = after.split_once("](") {
                if let Some((href, tail)) = tail.split_once(')') {
                    if safe_href(href) && !label.contains('\n') {
                        out.push(Inline::Link {
                            text: inlines(label),
                            href: href.to_string(),
                        });
                        rest = tail;
                        continue;
                    }
                }
            }
        }
        // Not markup: keep the character.
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            push_text(&mut out, &c.to_string());
        }
        rest = chars.as_str();
    }
    out
}

/// Properties of [`Markdown`].
#[derive(Properties, PartialEq)]
pub struct MarkdownProps {
    pub text: AttrValue,
    /// Receives the command of a clicked shell code line.
    #[prop_or_default]
    pub on_command: Option<Callback<String>>,
    /// The tooltip of a clickable code line.
    #[prop_or_default]
    pub click_title: AttrValue,
}

/// Renders Markdown text.
#[function_component(Markdown)]
pub fn markdown(props: &MarkdownProps) -> Html {
    let blocks = use_memo(props.text.clone(), |text| parse(text));
    html! {
        <div class="md">
            { for blocks.iter().map(|block| render_block(block, props)) }
        </div>
    }
}

fn render_inlines(inlines: &[Inline]) -> Html {
    html! {
        { for inlines.iter().map(|inline| match inline {
            Inline::Text(text) => html! { { text.clone() } },
            Inline::Code(code) => html! { <code>{ code.clone() }</code> },
            Inline::Strong(inner) => html! { <strong>{ render_inlines(inner) }</strong> },
            Inline::Em(inner) => html! { <em>{ render_inlines(inner) }</em> },
            Inline::Link { text, href } => html! {
                <a href={href.clone()} target="_blank" rel="noopener noreferrer">{ render_inlines(text) }</a>
            },
        }) }
    }
}

/// One click's worth of a code block: its lines, and the command it types.
fn render_code_group(lines: &[String], command: Option<String>, props: &MarkdownProps) -> Html {
    let text = lines.join("\n");
    match (command, &props.on_command) {
        (Some(command), Some(on_command)) => {
            let click = {
                let on_command = on_command.clone();
                let command = command.clone();
                Callback::from(move |_: MouseEvent| on_command.emit(command.clone()))
            };
            let key = {
                let on_command = on_command.clone();
                Callback::from(move |event: KeyboardEvent| {
                    if event.key() == "Enter" || event.key() == " " {
                        event.prevent_default();
                        on_command.emit(command.clone());
                    }
                })
            };
            html! {
                <span class="cmd" role="button" tabindex="0" title={props.click_title.clone()}
                    onclick={click} onkeydown={key}>{ text }</span>
            }
        }
        _ => html! { <span class="code-line">{ text }</span> },
    }
}

fn render_block(block: &Block, props: &MarkdownProps) -> Html {
    match block {
        Block::Heading(level, inlines) => {
            let tag = format!("h{}", (level + 2).min(6));
            html! { <@{tag}>{ render_inlines(inlines) }</@> }
        }
        Block::Paragraph(inlines) => html! { <p>{ render_inlines(inlines) }</p> },
        Block::Quote(inlines) => html! { <blockquote>{ render_inlines(inlines) }</blockquote> },
        Block::Code { lang, lines } if is_shell(lang) => html! {
            <pre class="code shell"><code>
                { for command_groups(lines).into_iter().map(|(start, count, command)| {
                    render_code_group(lines.get(start..start + count).unwrap_or_default(), command, props)
                }) }
            </code></pre>
        },
        Block::Code { lines, .. } => html! {
            <pre class="code"><code>
                { for lines.iter().map(|line| render_code_group(std::slice::from_ref(line), None, props)) }
            </code></pre>
        },
        Block::Table { head, rows } => html! {
            <table>
                <thead><tr>{ for head.iter().map(|cell| html! { <th>{ render_inlines(cell) }</th> }) }</tr></thead>
                <tbody>{ for rows.iter().map(|row| html! {
                    <tr>{ for row.iter().map(|cell| html! { <td>{ render_inlines(cell) }</td> }) }</tr>
                }) }</tbody>
            </table>
        },
        Block::List { ordered, items } => {
            let items = items
                .iter()
                .map(|item| html! { <li>{ render_inlines(item) }</li> });
            if *ordered {
                html! { <ol>{ for items }</ol> }
            } else {
                html! { <ul>{ for items }</ul> }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.to_string())
    }

    #[test]
    fn paragraphs_code_and_inline_markup() {
        let blocks = parse(
            "First `kubectl` **bold** and *em*\nsame paragraph.\n\n```sh\n$ kubectl get pods\n# note\n```\nAfter.",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Paragraph(vec![
                    text("First "),
                    Inline::Code("kubectl".into()),
                    text(" "),
                    Inline::Strong(vec![text("bold")]),
                    text(" and "),
                    Inline::Em(vec![text("em")]),
                    text("\nsame paragraph."),
                ]),
                Block::Code {
                    lang: "sh".into(),
                    lines: vec!["$ kubectl get pods".into(), "# note".into()]
                },
                Block::Paragraph(vec![text("After.")]),
            ]
        );
        assert_eq!(
            command_of_line("$ kubectl get pods").as_deref(),
            Some("kubectl get pods")
        );
        assert_eq!(command_of_line("# note"), None);
        assert_eq!(command_of_line("   "), None);
    }

    #[test]
    fn a_here_document_is_one_command() {
        let lines: Vec<String> = [
            "$ kubectl get pods",
            "cat > pod.yaml <<'EOF'",
            "kind: Pod",
            "EOF",
            "# note",
            "cat <<EOF",
            "never closed",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            command_groups(&lines),
            vec![
                (0, 1, Some("kubectl get pods".to_string())),
                (
                    1,
                    3,
                    Some("cat > pod.yaml <<'EOF'\nkind: Pod\nEOF".to_string())
                ),
                (4, 1, None),
                (5, 1, Some("cat <<EOF".to_string())),
                (6, 1, Some("never closed".to_string())),
            ]
        );
        assert_eq!(
            here_document_delimiter("cat <<-\"END\" > x").as_deref(),
            Some("END")
        );
        assert_eq!(
            here_document_delimiter("echo a << b"),
            Some("b".to_string())
        );
        assert_eq!(here_document_delimiter("echo '<<'"), None);
    }

    #[test]
    fn tables_keep_pipes_inside_code() {
        let blocks = parse("| a | b |\n|---|:-:|\n| `x|y` | **z** |\n");
        assert_eq!(
            blocks,
            vec![Block::Table {
                head: vec![vec![text("a")], vec![text("b")]],
                rows: vec![vec![
                    vec![Inline::Code("x|y".into())],
                    vec![Inline::Strong(vec![text("z")])]
                ]],
            }]
        );
    }

    #[test]
    fn lists_headings_quotes_and_links() {
        let blocks = parse("# Title\n- one\n- two\n  more\n1. a\n> note\n[k8s](https://kubernetes.io) [x](javascript:alert(1))");
        assert_eq!(blocks.len(), 5, "{blocks:#?}");
        assert_eq!(blocks[0], Block::Heading(1, vec![text("Title")]));
        assert_eq!(
            blocks[1],
            Block::List {
                ordered: false,
                items: vec![vec![text("one")], vec![text("two\nmore")]]
            }
        );
        assert_eq!(
            blocks[2],
            Block::List {
                ordered: true,
                items: vec![vec![text("a")]]
            }
        );
        assert_eq!(blocks[3], Block::Quote(vec![text("note")]));
        let Block::Paragraph(inlines) = &blocks[4] else {
            panic!("{blocks:#?}")
        };
        assert_eq!(
            inlines[0],
            Inline::Link {
                text: vec![text("k8s")],
                href: "https://kubernetes.io".into()
            }
        );
        assert!(matches!(&inlines[1], Inline::Text(t) if t.contains("javascript:")));
    }

    #[test]
    fn unmatched_markers_and_snake_case_stay_text() {
        assert_eq!(inlines("a * b"), vec![text("a * b")]);
        assert_eq!(
            inlines("creation_method_x"),
            vec![text("creation_method_x")]
        );
        assert_eq!(inlines("`open"), vec![text("`open")]);
        assert_eq!(
            inlines("日本語 `コード`"),
            vec![text("日本語 "), Inline::Code("コード".into())]
        );
    }

    #[test]
    fn every_builtin_text_parses() {
        for tutorial in kubeplay_core::tutorial::builtin() {
            let tutorial = tutorial.expect("loads");
            for step in &tutorial.steps {
                for text in [&step.text.ja, &step.text.en, &step.hint.ja, &step.hint.en] {
                    let blocks = parse(text);
                    assert!(!blocks.is_empty(), "{}/{}", tutorial.id, step.id);
                }
            }
        }
    }
}
