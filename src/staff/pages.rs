//! The inbox's pages: the server hands out a cursor for the next page; the pages keep the
//! cursors of the pages before, so "previous" goes back one, and a change of filter starts
//! again at the first page. Shows "Viser 51–100 av 1 234".

use leptos::prelude::*;

use super::{api, text::s, text::s_with};

/// Lines on a page: the server's default.
const PAGE: u64 = 50;

/// A whole number as Norwegian writes it: 1 234 (a no-break space between thousands).
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// Which page of which filters is shown.
#[derive(Debug, Clone, Copy)]
pub struct Pages {
    /// The filters' query string ("" or "?status=…").
    query: Memo<String>,
    /// The filters these cursors belong to, and the cursor each page so far began after.
    cursors: RwSignal<(String, Vec<String>)>,
}

impl Pages {
    pub fn new(query: Memo<String>) -> Self {
        Self {
            query,
            cursors: RwSignal::new((String::new(), Vec::new())),
        }
    }

    /// The cursors of the pages before this one (none when the filters have changed since).
    fn before(&self) -> Vec<String> {
        let query = self.query.get();
        self.cursors.with(|(of, list)| {
            if *of == query {
                list.clone()
            } else {
                Vec::new()
            }
        })
    }

    /// The list's query string for the page shown.
    pub fn query_with_cursor(&self) -> String {
        let query = self.query.get();
        match self.before().last() {
            None => query,
            Some(after) => {
                let sep = if query.is_empty() { '?' } else { '&' };
                format!("{query}{sep}after={after}")
            }
        }
    }

    /// "Viser 1–50 av 1 234", with the links to the next and the previous page.
    pub fn view(&self, page: &api::InboxPage) -> impl IntoView + use<> {
        let this = *self;
        let depth = self.before().len() as u64;
        let first = depth * PAGE + 1;
        let last = depth * PAGE + page.lines.len() as u64;
        let showing = s_with(
            "staff-showing",
            &[
                ("first", grouped(first)),
                ("last", grouped(last)),
                ("total", grouped(page.total)),
            ],
        );
        let next = page.next.clone();
        let previous = move |_| {
            this.cursors.update(|(_, list)| {
                list.pop();
            });
        };
        let forward = move |_| {
            if let Some(after) = next.clone() {
                let query = this.query.get_untracked();
                let mut list = this.before();
                list.push(after);
                this.cursors.set((query, list));
            }
        };
        view! {
            <nav class="pages" aria-label=s("staff-pages")>
                <p data-testid="inbox-showing" role="status">{showing}</p>
                {(depth > 0).then(|| view! {
                    <button type="button" data-testid="page-previous" on:click=previous>{s("staff-page-previous")}</button>
                })}
                {page.next.is_some().then(|| view! {
                    <button type="button" data-testid="page-next" on:click=forward>{s("staff-page-next")}</button>
                })}
            </nav>
        }
    }
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn thousands_are_grouped_as_norwegian_writes_them() {
        assert_eq!(grouped(7), "7");
        assert_eq!(grouped(1234), "1\u{a0}234");
        assert_eq!(grouped(1_234_567), "1\u{a0}234\u{a0}567");
    }
}
