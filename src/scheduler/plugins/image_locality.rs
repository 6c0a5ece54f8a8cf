//! ImageLocality: favours nodes that already have the pod's images, by size, scaled by how many
//! nodes have them (so one node holding an image does not attract every pod).

use crate::scheduler::framework::{Cycle, NodeInfo, ScorePlugin, MAX_NODE_SCORE};

pub struct ImageLocality;

const MB: i64 = 1024 * 1024;
const MIN_THRESHOLD: i64 = 23 * MB;
const MAX_CONTAINER_THRESHOLD: i64 = 1000 * MB;

/// `calculatePriority`: the sum clamped to [23MB, 1000MB × containers], mapped to 0..100.
pub fn calculate_priority(sum: i64, containers: usize) -> i64 {
    let max = MAX_CONTAINER_THRESHOLD * containers.max(1) as i64;
    let sum = sum.clamp(MIN_THRESHOLD, max);
    MAX_NODE_SCORE * (sum - MIN_THRESHOLD) / (max - MIN_THRESHOLD)
}

/// `scaledImageScore`: size × (nodes with the image / all nodes).
pub fn scaled_image_score(size: i64, nodes_with: usize, total: usize) -> i64 {
    (size as f64 * (nodes_with as f64 / total.max(1) as f64)) as i64
}

impl ScorePlugin for ImageLocality {
    fn name(&self) -> &'static str {
        "ImageLocality"
    }
    fn weight(&self) -> i64 {
        1
    }
    fn score(&self, cx: &Cycle, node: &NodeInfo) -> i64 {
        let sum = cx.image_scores.iter().filter(|(name, _)| node.images.contains(name)).map(|(_, s)| *s).sum();
        calculate_priority(sum, cx.containers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_and_spread_scaling() {
        assert_eq!(calculate_priority(0, 1), 0);
        assert_eq!(calculate_priority(10 * MB, 1), 0);
        assert_eq!(calculate_priority(2000 * MB, 1), 100);
        // 500MB on one of two containers' budget: 100 * (500-23) / (2000-23) = 24.
        assert_eq!(calculate_priority(500 * MB, 2), 24);
        // A 100MB image on 1 of 4 nodes counts as 25MB.
        assert_eq!(scaled_image_score(100 * MB, 1, 4), 25 * MB);
    }
}
