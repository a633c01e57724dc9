//! Bostøtte against income, as a plain SVG line with the household's own point marked. The same
//! figures are in the text beside it: the chart adds the shape, not information of its own.

use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use rust_decimal::{Decimal, prelude::ToPrimitive};

use crate::{format, i18n::twin_text};

/// The drawing's size and margin, in SVG pixels.
const WIDTH: i64 = 320;
const HEIGHT: i64 = 180;
const PAD: i64 = 8;

/// A coordinate given in tenths of a pixel, as SVG text ("123.4"). Integers, not `f64`: float
/// formatting alone would add about 11 KB to the download.
fn px(tenths: i64) -> String {
    let tenths = tenths.max(0);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// `part / whole` of `span` pixels, in tenths of a pixel; `whole` is at least 1.
fn share(span: i64, part: Decimal, whole: Decimal) -> i64 {
    (Decimal::from(span * 10) * part.max(Decimal::ZERO) / whole)
        .round()
        .to_i64()
        .unwrap_or(0)
}

/// One point of the curve: yearly gross income and monthly bostøtte, in kroner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub income: Decimal,
    pub monthly: Decimal,
}

/// The chart; `curve` is sorted by income, `you` is the household's own point.
#[component]
pub fn BostotteChart(
    #[prop(into)] curve: Signal<Vec<Point>>,
    #[prop(into)] you: Signal<Option<Point>>,
) -> impl IntoView {
    let i18n = expect_context::<I18n>();
    // Pixel positions only: the amounts themselves stay Decimal and are shown as text.
    let scale = move || {
        let points = curve.get();
        let max_x = points
            .last()
            .map(|p| p.income)
            .unwrap_or(Decimal::ONE)
            .max(Decimal::ONE);
        let max_y = points
            .iter()
            .map(|p| p.monthly)
            .max()
            .unwrap_or(Decimal::ONE)
            .max(Decimal::ONE);
        (max_x, max_y)
    };
    let xy = move |p: Point, (max_x, max_y): (Decimal, Decimal)| {
        let x = PAD * 10 + share(WIDTH - 2 * PAD, p.income, max_x);
        let y = (HEIGHT - PAD) * 10 - share(HEIGHT - 2 * PAD, p.monthly, max_y);
        (px(x), px(y))
    };
    let path = move || {
        let s = scale();
        curve
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let (x, y) = xy(p, s);
                format!("{}{x},{y}", if i == 0 { "M" } else { " L" })
            })
            .collect::<String>()
    };
    let marker = move || {
        you.get().map(|p| {
            let (x, y) = xy(p, scale());
            view! { <circle class="chart-you" cx=x cy=y r="6" /> }
        })
    };
    let description = move || {
        let lang = i18n.language.get().id;
        let max_income = curve.get().last().map(|p| p.income).unwrap_or_default();
        tr!(i18n, "chart-desc", { "max_income" => format::kroner(max_income, lang) })
    };
    let max_label = move || {
        let (max_x, max_y) = scale();
        (max_x, max_y)
    };
    view! {
        <figure class="chart">
            <p class="chart-axis-label" data-testid="chart-axis-y">{twin_text(move |i18n| {
                let lang = i18n.language.get().id;
                tr!(i18n, "chart-axis-y", { "max" => format::kroner(max_label().1, lang) })
            })}</p>
            <svg
                viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                role="img"
                aria-labelledby="bostotte-chart-title bostotte-chart-desc"
                preserveAspectRatio="none"
            >
                <title id="bostotte-chart-title">{move || tr!(i18n, "chart-title")}</title>
                <desc id="bostotte-chart-desc">{description}</desc>
                <line class="chart-axis" x1=PAD y1=HEIGHT - PAD x2=WIDTH - PAD y2=HEIGHT - PAD />
                <line class="chart-axis" x1=PAD y1=PAD x2=PAD y2=HEIGHT - PAD />
                <path class="chart-line" d=path />
                {marker}
            </svg>
            <p class="chart-axis-label chart-axis-x" data-testid="chart-axis-x">{twin_text(move |i18n| {
                let lang = i18n.language.get().id;
                tr!(i18n, "chart-axis-x", { "max" => format::kroner(max_label().0, lang) })
            })}</p>
            <figcaption>{twin_text(|i18n| tr!(i18n, "chart-caption"))}</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_in_tenths_of_a_pixel() {
        assert_eq!(px(1234), "123.4");
        assert_eq!(px(5), "0.5");
        assert_eq!(px(80), "8.0");
        assert_eq!(px(-3), "0.0");
        // Half of 304 px is 152.0; a third is 101.3; a share is never negative.
        assert_eq!(share(304, Decimal::from(50), Decimal::from(100)), 1520);
        assert_eq!(share(304, Decimal::from(1), Decimal::from(3)), 1013);
        assert_eq!(share(304, Decimal::from(-5), Decimal::from(3)), 0);
    }
}
