//! The page's plots, drawn with plotters into SVG text (the page puts the text in the DOM; the
//! native tests read it): a workload's desired and ready replicas over cluster time as step
//! lines, and rows of horizontal bars — requests each endpoint answered, or each node's CPU and
//! memory requests as a share of what it can allocate. Colours read on light and dark pages.

use crate::sim::clock::SimTime;
use crate::sim::metrics::Point;
use plotters::prelude::*;

const TEXT: RGBColor = RGBColor(0x8b, 0x94, 0x9e);
const GRID: RGBColor = RGBColor(0x6e, 0x76, 0x81);
const DESIRED: RGBColor = RGBColor(0x58, 0xa6, 0xff);
const READY: RGBColor = RGBColor(0x3f, 0xb9, 0x50);
const SECOND: RGBColor = RGBColor(0xd2, 0x99, 0x22);

/// One row of a bar chart: its label and one or two values (the second drawn in another colour).
pub struct Bar {
    pub label: String,
    pub values: Vec<f64>,
}

/// `m:ss` (or `h:mm:ss`) of cluster time, as the page's clock counts.
fn clock(ms: f64) -> String {
    let s = (ms / 1000.0).max(0.0) as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// The plots' common mesh: small grey labels, faint grid lines at the labelled values only.
fn styled<'m, 'a, 'b, X: plotters::coord::ranged1d::Ranged, Y: plotters::coord::ranged1d::Ranged, DB: DrawingBackend>(
    mesh: &'m mut plotters::chart::MeshStyle<'a, 'b, X, Y, DB>,
) -> &'m mut plotters::chart::MeshStyle<'a, 'b, X, Y, DB> {
    mesh.label_style(("sans-serif", 11).into_font().color(&TEXT)).axis_style(GRID).bold_line_style(GRID.mix(0.25)).light_line_style(TRANSPARENT)
}

/// Desired and ready replicas from the first recorded change until `now`, as step lines.
pub fn replicas(title: &str, points: &[Point], now: SimTime, size: (u32, u32)) -> String {
    let mut out = String::new();
    if let Err(e) = draw_replicas(&mut out, title, points, now, size) {
        return format!("<!-- plot failed: {} -->", e);
    }
    out
}

fn steps(points: &[Point], now: f64, value: fn(&Point) -> i32) -> Vec<(f64, f64)> {
    let mut line = Vec::with_capacity(points.len() * 2 + 1);
    for p in points {
        let (t, v) = (p.at.as_millis() as f64, value(p) as f64);
        if let Some(&(_, prev)) = line.last() {
            line.push((t, prev));
        }
        line.push((t, v));
    }
    if let Some(&(_, v)) = line.last() {
        line.push((now, v));
    }
    line
}

fn draw_replicas<'a>(out: &'a mut String, title: &str, points: &[Point], now: SimTime, size: (u32, u32)) -> Result<(), Box<dyn std::error::Error + 'a>> {
    let root = SVGBackend::with_string(out, size).into_drawing_area();
    let start = points.first().map_or(0.0, |p| p.at.as_millis() as f64);
    let end = (now.as_millis() as f64).max(start + 10_000.0);
    let top = points.iter().map(|p| p.desired.max(p.ready)).max().unwrap_or(1).max(1) as f64;
    let mut chart = ChartBuilder::on(&root)
        .margin(8)
        .caption(title, ("sans-serif", 14).into_font().color(&TEXT))
        .x_label_area_size(22)
        .y_label_area_size(30)
        .build_cartesian_2d(start..end, 0.0..top * 1.15 + 0.5)?;
    styled(&mut chart.configure_mesh())
        .x_labels(6)
        .y_labels((top as usize + 1).min(8))
        .x_label_formatter(&|x| clock(*x))
        .y_label_formatter(&|y| if y.fract().abs() < 1e-9 { format!("{}", *y as i64) } else { String::new() })
        .draw()?;
    let now = now.as_millis() as f64;
    chart
        .draw_series(LineSeries::new(steps(points, now, |p| p.desired), DESIRED.stroke_width(2)))?
        .label("desired")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], DESIRED.stroke_width(2)));
    chart
        .draw_series(LineSeries::new(steps(points, now, |p| p.ready), READY.stroke_width(2)))?
        .label("ready")
        .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 14, y)], READY.stroke_width(2)));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .label_font(("sans-serif", 11).into_font().color(&TEXT))
        .border_style(GRID.mix(0.5))
        .background_style(TRANSPARENT)
        .draw()?;
    root.present()?;
    Ok(())
}

/// Rows of horizontal bars on one scale from 0 to `max` (at least the largest value): each row
/// its label and value text above its bars. `fmt` writes a value for the label.
pub fn bars(title: &str, rows: &[Bar], max: f64, fmt: &dyn Fn(f64) -> String, size: (u32, u32)) -> String {
    let mut out = String::new();
    if let Err(e) = draw_bars(&mut out, title, rows, max, fmt, size) {
        return format!("<!-- plot failed: {} -->", e);
    }
    out
}

fn draw_bars<'a>(out: &'a mut String, title: &str, rows: &[Bar], max: f64, fmt: &dyn Fn(f64) -> String, size: (u32, u32)) -> Result<(), Box<dyn std::error::Error + 'a>> {
    let root = SVGBackend::with_string(out, size).into_drawing_area();
    let top = rows.iter().flat_map(|r| r.values.iter().copied()).fold(max, f64::max).max(1.0);
    let n = rows.len().max(1) as f64;
    let mut chart = ChartBuilder::on(&root)
        .margin(8)
        .caption(title, ("sans-serif", 14).into_font().color(&TEXT))
        .x_label_area_size(22)
        .build_cartesian_2d(0.0..top, n..0.0)?;
    styled(&mut chart.configure_mesh())
        .disable_y_mesh()
        .disable_y_axis()
        .x_labels(6)
        .x_label_formatter(&|x| fmt(*x))
        .draw()?;
    let colours = [DESIRED, SECOND];
    for (i, row) in rows.iter().enumerate() {
        let y = i as f64;
        let text = format!("{}  {}", row.label, row.values.iter().map(|v| fmt(*v)).collect::<Vec<_>>().join(" · "));
        chart.draw_series(std::iter::once(Text::new(text, (0.0, y + 0.05), ("sans-serif", 11).into_font().color(&TEXT))))?;
        let k = row.values.len().max(1) as f64;
        for (j, v) in row.values.iter().enumerate() {
            let (y0, y1) = (y + 0.45 + 0.5 * j as f64 / k, y + 0.45 + 0.5 * (j + 1) as f64 / k - 0.04);
            chart.draw_series(std::iter::once(Rectangle::new([(0.0, y0), (v.max(0.0), y1)], colours[j % 2].filled())))?;
        }
    }
    root.present()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(s: u64) -> SimTime {
        SimTime::ZERO + Duration::from_secs(s)
    }

    /// The texts an SVG shows.
    fn texts(svg: &str) -> Vec<&str> {
        svg.split("<text").skip(1).filter_map(|t| t.split_once('>')).map(|(_, rest)| rest.split("</text>").next().unwrap_or("").trim()).collect()
    }

    #[test]
    fn replicas_are_step_lines_that_reach_now() {
        let pts = [Point { at: at(10), desired: 3, ready: 0 }, Point { at: at(14), desired: 3, ready: 3 }];
        let line = steps(&pts, 20_000.0, |p| p.ready);
        assert_eq!(line, vec![(10_000.0, 0.0), (14_000.0, 0.0), (14_000.0, 3.0), (20_000.0, 3.0)]);
        let svg = replicas("deployment/web", &pts, at(20), (400, 200));
        let shown = texts(&svg);
        for t in ["deployment/web", "desired", "ready", "0:10", "0:20", "3"] {
            assert!(shown.contains(&t), "{:?} not in {:?}", t, shown);
        }
        // Each series once as a line and once in the legend.
        assert_eq!(svg.matches("stroke=\"#3FB950\"").count(), 2, "{}", svg);
        assert_eq!(svg.matches("stroke=\"#58A6FF\"").count(), 2, "{}", svg);
    }

    #[test]
    fn bars_label_each_row_with_its_values() {
        let rows = vec![Bar { label: "web-1".into(), values: vec![12.0] }, Bar { label: "web-2".into(), values: vec![7.0, 3.0] }];
        let svg = bars("requests", &rows, 0.0, &|v| format!("{}", v as i64), (300, 150));
        let shown = texts(&svg);
        assert!(shown.contains(&"web-1  12") && shown.contains(&"web-2  7 · 3"), "{:?}", shown);
        assert_eq!(svg.matches("<rect").count(), 3, "one bar per value: {}", svg);
        // The longest bar spans the plot; the others in proportion.
        let widths: Vec<f64> = svg.split("<rect").skip(1).filter_map(|r| r.split("width=\"").nth(1)?.split('"').next()?.parse().ok()).collect();
        assert_eq!(widths.len(), 3, "{}", svg);
        assert!((widths[1] / widths[0] - 7.0 / 12.0).abs() < 0.02, "{:?}", widths);
    }
}
