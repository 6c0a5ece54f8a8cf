//! What `kubeplay explain-schedule` prints: the scheduler's own record of a pod's last cycle —
//! each node's filter verdict, each plugin's raw and normalised score, the weighted total and
//! the winner — kept for the most recent cycles only.

use super::framework::{order_by, ScorePlugin};
use crate::sim::clock::SimTime;

pub struct Row {
    pub node: String,
    /// The filter that rejected the node, and its reasons.
    pub filtered: Option<(&'static str, String)>,
    /// Per score plugin: (raw, normalised).
    pub scores: Vec<(i64, i64)>,
    pub total: i64,
}

impl Row {
    pub fn filtered(node: &str, plugin: &'static str, reason: &str) -> Self {
        Row { node: node.into(), filtered: Some((plugin, reason.into())), scores: vec![], total: 0 }
    }
    pub fn feasible(node: &str, scores: Vec<(i64, i64)>, total: i64) -> Self {
        Row { node: node.into(), filtered: None, scores, total }
    }
}

pub struct Explain {
    pub cycle: u64,
    pub at: SimTime,
    pub total_nodes: usize,
    /// Score plugins with their weights, in column order.
    pub plugins: Vec<(&'static str, i64)>,
    pub rows: Vec<Row>,
    /// The selected node and how many nodes tied for the best total.
    pub winner: Option<(String, u64)>,
    pub outcome: String,
}

impl Explain {
    pub fn new(cycle: u64, at: SimTime, total_nodes: usize, scorers: &[Box<dyn ScorePlugin>]) -> Self {
        let plugins = scorers.iter().map(|s| (s.name(), s.weight())).collect();
        Explain { cycle, at, total_nodes, plugins, rows: vec![], winner: None, outcome: String::new() }
    }

    pub fn render(&self, pod: &str) -> String {
        let feasible = self.rows.iter().filter(|r| r.filtered.is_none()).count();
        let ms = self.at.as_millis();
        let mut out = format!(
            "Pod {}: scheduling cycle {} at {}.{:03}s (cluster time)\nNodes: {} in cluster, {} feasible, {} filtered out, {} not evaluated\n",
            pod,
            self.cycle,
            ms / 1000,
            ms % 1000,
            self.total_nodes,
            feasible,
            self.rows.len() - feasible,
            self.total_nodes - self.rows.len()
        );
        let scored = self.rows.iter().any(|r| !r.scores.is_empty());
        let mut table = vec![];
        let mut head = vec!["NODE".to_string()];
        if scored {
            head.extend(self.plugins.iter().map(|(n, w)| format!("{}(x{})", n, w)));
            head.push("TOTAL".into());
        }
        head.push("RESULT".into());
        table.push(head);
        let keys: Vec<(i64, i64)> = self.rows.iter().map(|r| (r.filtered.is_some() as i64, -r.total)).collect();
        for r in order_by(&keys).into_iter().map(|i| &self.rows[i]) {
            let mut line = vec![r.node.clone()];
            if scored {
                match r.filtered {
                    Some(_) => line.extend(std::iter::repeat_n("-".to_string(), self.plugins.len() + 1)),
                    None => {
                        line.extend(r.scores.iter().map(|(raw, norm)| format!("{}->{}", raw, norm)));
                        line.push(r.total.to_string());
                    }
                }
            }
            line.push(match (&r.filtered, &self.winner) {
                (Some((p, reason)), _) => format!("filtered by {}: {}", p, reason),
                (None, Some((w, ties))) if *w == r.node && *ties > 1 => format!("* selected ({} nodes tied; reservoir sampling, seeded rng)", ties),
                (None, Some((w, _))) if *w == r.node => "* selected".into(),
                _ => "feasible".into(),
            });
            table.push(line);
        }
        let widths: Vec<usize> = (0..table[0].len()).map(|i| table.iter().map(|l| l.get(i).map_or(0, |c| c.len())).max().unwrap_or(0)).collect();
        for line in &table {
            let cells: Vec<String> = line.iter().enumerate().map(|(i, c)| if i + 1 == line.len() { c.clone() } else { format!("{:w$}", c, w = widths[i]) }).collect();
            out.push_str(cells.join("   ").trim_end());
            out.push('\n');
        }
        if scored {
            out.push_str("Cells are raw score->normalised score (0-100); TOTAL is the sum of normalised scores times weights.\n");
        } else if feasible == 1 {
            out.push_str("Only one node passed the filters, so scoring was skipped (as upstream does).\n");
        }
        out.push_str(&format!("Result: {}\n", self.outcome));
        out
    }
}
