//! Bostøtte against income, as a plain SVG line with the household's own point marked. The same
//! figures are in the text beside it: the chart adds the shape, not information of its own.

use leptos::prelude::*;
use leptos_fluent::{I18n, tr};
use rust_decimal::{Decimal, prelude::ToPrimitive};

use crate::format;

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 180.0;
const PAD: f64 = 8.0;

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
        (max_x.to_f64().unwrap_or(1.0), max_y.to_f64().unwrap_or(1.0))
    };
    let xy = move |p: Point, (max_x, max_y): (f64, f64)| {
        let x = PAD + (WIDTH - 2.0 * PAD) * p.income.to_f64().unwrap_or(0.0) / max_x;
        let y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * p.monthly.to_f64().unwrap_or(0.0) / max_y;
        (x, y)
    };
    let path = move || {
        let s = scale();
        curve
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, p)| {
                let (x, y) = xy(p, s);
                format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { " L" })
            })
            .collect::<String>()
    };
    let marker = move || {
        you.get().map(|p| {
            let (x, y) = xy(p, scale());
            view! { <circle class="chart-you" cx=format!("{x:.1}") cy=format!("{y:.1}") r="6" /> }
        })
    };
    let description = move || {
        let lang = i18n.language.get().id;
        let max_income = curve.get().last().map(|p| p.income).unwrap_or_default();
        tr!(i18n, "chart-desc", { "max_income" => format::kroner(max_income, lang) })
    };
    view! {
        <figure class="chart">
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
            <figcaption>
                {move || tr!(i18n, "chart-caption")}
            </figcaption>
        </figure>
    }
}
