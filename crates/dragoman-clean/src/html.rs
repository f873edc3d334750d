//! HTML pages: main text through `rs-trafilatura`, metadata from meta tags
//! and JSON-LD, then the [`TextCleaner`] over the extracted text.
//!
//! Publication dates are read from the page's own markup (JSON-LD
//! `datePublished`, `article:published_time`, `itemprop="datePublished"`,
//! common `name="date"` tags) keeping the calendar day *as written*: a
//! timestamp `2024-03-14T23:30:00-05:00` is the 14th where it was
//! published, even though it is the 15th in UTC.

use std::sync::OnceLock;

use dragoman_core::Published;
use regex::Regex;
use serde_json::Value;

use crate::text::{Cleaned, Mode, TextCleaner};

/// The HTML could not be turned into an article.
#[derive(Debug, thiserror::Error)]
pub enum HtmlError {
    #[error("no main content found in the HTML ({0})")]
    NoContent(String),
}

/// Metadata read from the page's markup.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
}

/// Extracts the article of an HTML page.
pub fn extract(html: &str, cleaner: &TextCleaner) -> Result<Cleaned, HtmlError> {
    let options = rs_trafilatura::Options::default();
    let result = rs_trafilatura::extract_with_options(html, &options)
        .map_err(|e| HtmlError::NoContent(e.to_string()))?;
    let meta = page_meta(html);
    let mut cleaned = cleaner.clean(&result.content_text, Mode::Extracted);
    if cleaned.body.trim().is_empty() {
        return Err(HtmlError::NoContent("the extracted text is empty".into()));
    }
    cleaned.title = meta
        .title
        .or_else(|| result.metadata.title.clone())
        .map(|t| collapse_ws(&t))
        .filter(|t| !t.is_empty());
    // the extractor often keeps the headline as the first line
    if let Some(title) = &cleaned.title {
        let first = cleaned.body.split('\n').next().unwrap_or("");
        if first.len() < cleaned.body.len() && same_words(first, title) {
            cleaned.body = cleaned.body[first.len() + 1..].to_string();
        }
    }
    let mut authors = meta.authors;
    if authors.is_empty() {
        if let Some(a) = &result.metadata.author {
            authors = a
                .split([';', ','])
                .map(collapse_ws)
                .filter(|a| !a.is_empty())
                .collect();
        }
    }
    for a in cleaned.authors.drain(..) {
        if !authors.contains(&a) {
            authors.push(a);
        }
    }
    cleaned.authors = authors;
    if meta.published.is_some() {
        cleaned.published = meta.published;
    } else if cleaned.published.is_none() {
        cleaned.published = result.metadata.date.map(|d| Published {
            date: d.format("%Y-%m-%d").to_string(),
            time: None,
            text: None,
            confidence: 0.7,
        });
    }
    Ok(cleaned)
}

/// Equal after case folding and ignoring everything but letters and digits.
fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn meta_tag_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?is)<meta\s[^>]*>").expect("valid"))
}

fn attr_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?is)([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')"#).expect("valid")
    })
}

fn json_ld_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?is)<script[^>]*application/ld\+json[^>]*>(.*?)</script>"#).expect("valid")
    })
}

fn title_tag_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?is)<title[^>]*>(.*?)</title>").expect("valid"))
}

/// Reads title, authors, publication date and canonical URL from the markup.
pub fn page_meta(html: &str) -> PageMeta {
    let mut meta = PageMeta::default();
    let mut dates: Vec<(u8, String)> = Vec::new();
    // JSON-LD first: the most structured source
    for caps in json_ld_regex().captures_iter(html) {
        let Ok(value) = serde_json::from_str::<Value>(caps[1].trim()) else {
            continue;
        };
        walk_json_ld(&value, &mut meta, &mut dates);
    }
    let mut og_title = None;
    for tag in meta_tag_regex().find_iter(html) {
        let mut key = String::new();
        let mut content = None;
        for a in attr_regex().captures_iter(tag.as_str()) {
            let name = a[1].to_ascii_lowercase();
            let value = a.get(2).or(a.get(3)).map_or("", |m| m.as_str());
            match name.as_str() {
                "property" | "name" | "itemprop" if key.is_empty() => {
                    key = value.to_ascii_lowercase()
                }
                "content" => content = Some(decode_entities(value)),
                _ => {}
            }
        }
        let Some(content) = content.filter(|c| !c.trim().is_empty()) else {
            continue;
        };
        match key.as_str() {
            "og:title" | "twitter:title" => {
                og_title.get_or_insert(content);
            }
            "author" | "article:author" | "byl" | "dc.creator" | "parsely-author"
                if !content.starts_with("http") =>
            {
                let name = content.trim_start_matches("By ").trim_start_matches("by ");
                for a in name.split([';', ',']).map(collapse_ws) {
                    if !a.is_empty() && !meta.authors.contains(&a) {
                        meta.authors.push(a);
                    }
                }
            }
            "article:published_time" | "datepublished" | "og:published_time" => {
                dates.push((1, content))
            }
            "date" | "pubdate" | "publish-date" | "publishdate" | "dc.date" | "dc.date.issued"
            | "sailthru.date" | "parsely-pub-date" => dates.push((2, content)),
            "og:url" => {
                meta.url.get_or_insert(content);
            }
            _ => {}
        }
    }
    if meta.title.is_none() {
        meta.title = og_title.or_else(|| {
            title_tag_regex()
                .captures(html)
                .map(|c| decode_entities(&collapse_ws(&c[1])))
        });
    }
    dates.sort_by_key(|(rank, _)| *rank);
    meta.published = dates.iter().find_map(|(_, d)| iso_published(d));
    meta
}

/// The `datePublished` of a page's JSON-LD block that a scrape kept as a
/// line of text (`{"@context":"https://schema.org","@type":"NewsArticle",...}`);
/// `None` for any other line.
pub(crate) fn json_ld_text_date(line: &str) -> Option<Published> {
    let line = line.trim();
    if !(line.starts_with('{') && line.ends_with('}') && line.contains("\"@type\"")) {
        return None;
    }
    let value = serde_json::from_str::<Value>(line).ok()?;
    let mut dates = Vec::new();
    walk_json_ld(&value, &mut PageMeta::default(), &mut dates);
    dates.iter().find_map(|(_, d)| iso_published(d))
}

fn walk_json_ld(value: &Value, meta: &mut PageMeta, dates: &mut Vec<(u8, String)>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| walk_json_ld(v, meta, dates)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                walk_json_ld(graph, meta, dates);
            }
            let kind = map.get("@type").map(|t| t.to_string()).unwrap_or_default();
            let article = ["Article", "NewsArticle", "BlogPosting", "Report", "WebPage"]
                .iter()
                .any(|k| kind.contains(k));
            if !article {
                return;
            }
            if let Some(Value::String(d)) = map.get("datePublished") {
                dates.push((0, d.clone()));
            }
            if meta.title.is_none() {
                if let Some(Value::String(h)) = map.get("headline") {
                    meta.title = Some(collapse_ws(&decode_entities(h)));
                }
            }
            if meta.authors.is_empty() {
                let mut names = Vec::new();
                author_names(map.get("author"), &mut names);
                meta.authors = names;
            }
        }
        _ => {}
    }
}

fn author_names(value: Option<&Value>, out: &mut Vec<String>) {
    match value {
        Some(Value::String(s)) => out.push(collapse_ws(s)),
        Some(Value::Array(items)) => items.iter().for_each(|v| author_names(Some(v), out)),
        Some(Value::Object(map)) => {
            let is_org = map
                .get("@type")
                .is_some_and(|t| t.to_string().contains("Organization"));
            if let (false, Some(Value::String(name))) = (is_org, map.get("name")) {
                out.push(collapse_ws(name));
            }
        }
        _ => {}
    }
}

/// `2024-03-14`, `2024-03-14T18:02:00+02:00`, `2024-03-14 18:02` -> the
/// date and time as written (no time zone conversion).
pub fn iso_published(text: &str) -> Option<Published> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?").expect("valid")
    });
    let caps = re.captures(text)?;
    let (y, m, d): (i32, u32, u32) = (
        caps[1].parse().ok()?,
        caps[2].parse().ok()?,
        caps[3].parse().ok()?,
    );
    if !(1..=12).contains(&m) || d == 0 || d > crate::dates::days_in_month(y, m) {
        return None;
    }
    Some(Published {
        date: format!("{y:04}-{m:02}-{d:02}"),
        time: caps.get(4).map(|h| format!("{}:{}", h.as_str(), &caps[5])),
        text: Some(text.trim().to_string()),
        confidence: 0.95,
    })
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&#8217;", "’")
        .replace("&rsquo;", "’")
        .replace("&lsquo;", "‘")
        .replace("&ldquo;", "“")
        .replace("&rdquo;", "”")
        .replace("&mdash;", "—")
        .replace("&ndash;", "–")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Ministers meet in Tbilisi | Example News</title>
<meta property="og:title" content="Ministers meet in Tbilisi">
<meta name="author" content="Nino Beridze">
<meta property="article:published_time" content="2024-03-14T23:30:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Ministers meet in Tbilisi to discuss transit","datePublished":"2024-03-14T23:30:00-05:00",
 "author":[{"@type":"Person","name":"Nino Beridze"},{"@type":"Organization","name":"Example News"}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Tbilisi to discuss transit</h1>
<p>The foreign ministers of Georgia and Armenia met in Tbilisi on Thursday to discuss the transit of goods between the two countries and the reopening of a railway line.</p>
<p>"We agreed to set up a working group," the Georgian minister told reporters after the talks, adding that the group would meet within a month.</p>
<p>The Armenian minister said the railway could reopen next year if funding is found.</p>
</article><footer>© 2024 Example News. All rights reserved.</footer></body></html>"#;

    #[test]
    fn metadata_from_json_ld_and_meta_tags() {
        let meta = page_meta(PAGE);
        assert_eq!(
            meta.title.as_deref(),
            Some("Ministers meet in Tbilisi to discuss transit")
        );
        assert_eq!(meta.authors, vec!["Nino Beridze".to_string()]);
        let published = meta.published.unwrap();
        assert_eq!(published.date, "2024-03-14", "the local day, not UTC");
        assert_eq!(published.time.as_deref(), Some("23:30"));
    }

    #[test]
    fn extracts_the_article_body() {
        let cleaned = extract(PAGE, &TextCleaner::default()).unwrap();
        assert!(
            cleaned.body.contains("met in Tbilisi on Thursday"),
            "{}",
            cleaned.body
        );
        assert!(cleaned.body.contains("railway could reopen next year"));
        assert!(!cleaned.body.contains("All rights reserved"));
        assert!(
            !cleaned.body.starts_with("Ministers meet"),
            "the repeated headline is not body: {}",
            cleaned.body
        );
        assert_eq!(cleaned.published.unwrap().date, "2024-03-14");
    }

    #[test]
    fn rejects_invalid_timestamps() {
        assert!(iso_published("2024-02-30").is_none());
        assert!(iso_published("yesterday").is_none());
        assert_eq!(
            iso_published("2024-02-29 10:00").unwrap().date,
            "2024-02-29"
        );
    }
}
