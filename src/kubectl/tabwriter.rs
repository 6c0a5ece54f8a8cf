//! A port of Go's `text/tabwriter` (space padding, no flags): cells end with `\t`, and each column
//! block — consecutive lines that have a cell in that column — is as wide as its widest cell plus
//! the padding, never narrower than `minwidth`. kubectl tables use (6, 3); describe uses (0, 2).

pub fn format(text: &str, minwidth: usize, padding: usize) -> String {
    format_remembering(text, minwidth, padding, &mut None)
}

/// One flush of a writer with liggitt/tabwriter's `RememberWidths` (kubectl's `GetNewTabWriter`):
/// each column is at least as wide as it was in earlier flushes, and what it grows to is kept.
/// `get --watch` flushes after every event, so its rows stay aligned under the header.
pub fn format_remembering(text: &str, minwidth: usize, padding: usize, remembered: &mut Option<Vec<usize>>) -> String {
    let lines: Vec<Vec<&str>> = text.split('\n').map(|l| l.split('\t').collect()).collect();
    let mut out = String::new();
    let mut widths: Vec<usize> = Vec::new();
    let mut w = Writer { minwidth, padding, max: remembered.take() };
    w.format_block(&lines, 0, lines.len(), &mut widths, &mut out);
    *remembered = w.max;
    out
}

fn width(s: &str) -> usize {
    s.chars().count()
}

struct Writer {
    minwidth: usize,
    padding: usize,
    /// The remembered maximum width per column, when the writer remembers widths.
    max: Option<Vec<usize>>,
}

impl Writer {
    fn format_block(&mut self, lines: &[Vec<&str>], mut line0: usize, line1: usize, widths: &mut Vec<usize>, out: &mut String) {
        let column = widths.len();
        let mut this = line0;
        while this < line1 {
            if column + 1 >= lines[this].len() {
                this += 1;
                continue;
            }
            write_lines(lines, line0, this, widths, out);
            line0 = this;
            let mut w = self.minwidth;
            while this < line1 && column + 1 < lines[this].len() {
                w = w.max(width(lines[this][column]) + self.padding);
                this += 1;
            }
            if let Some(max) = &mut self.max {
                if max.len() < widths.len() {
                    max.extend_from_slice(&widths[max.len()..]);
                }
                if max.len() == column {
                    max.push(w);
                } else if max[column] > w {
                    w = max[column];
                } else {
                    max[column] = w;
                }
            }
            widths.push(w);
            self.format_block(lines, line0, this, widths, out);
            widths.pop();
            line0 = this;
        }
        write_lines(lines, line0, line1, widths, out);
    }
}

fn write_lines(lines: &[Vec<&str>], from: usize, to: usize, widths: &[usize], out: &mut String) {
    for (i, line) in lines.iter().enumerate().take(to).skip(from) {
        for (j, cell) in line.iter().enumerate() {
            out.push_str(cell);
            if j < widths.len() && j + 1 < line.len() {
                let pad = widths[j].saturating_sub(width(cell));
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        if i + 1 < lines.len() {
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kubectl_table_layout() {
        let t = "NAME\tREADY\tSTATUS\tRESTARTS\tAGE\nnginx-676b6c5bbc-9x7rq\t1/1\tRunning\t0\t2m\n";
        let want = "NAME                     READY   STATUS    RESTARTS   AGE\nnginx-676b6c5bbc-9x7rq   1/1     Running   0          2m\n";
        assert_eq!(format(t, 6, 3), want);
    }

    #[test]
    fn minwidth_and_blocks() {
        assert_eq!(format("a\tb\nc\td\n", 6, 3), "a     b\nc     d\n");
        // A line without tabs ends the block; the next block has its own widths.
        let t = "Name:\tx\nLabels:\tapp=web\nContainers:\n  c:\n    Image:\tnginx\n";
        let want = "Name:    x\nLabels:  app=web\nContainers:\n  c:\n    Image:  nginx\n";
        assert_eq!(format(t, 0, 2), want);
    }

    #[test]
    fn remembered_widths_only_grow() {
        let mut widths = Some(Vec::new());
        let head = format_remembering("NAME\tSTATUS\tAGE\nweb\tPending\t0s\n", 6, 3, &mut widths);
        assert_eq!(head, "NAME   STATUS    AGE\nweb    Pending   0s\n");
        let wider = format_remembering("web\tContainerCreating\t0s\n", 6, 3, &mut widths);
        assert_eq!(wider, "web    ContainerCreating   0s\n");
        let narrow = format_remembering("web\tRunning\t2s\n", 6, 3, &mut widths);
        assert_eq!(narrow, "web    Running             2s\n");
        assert_eq!(widths, Some(vec![7, 20]));
    }
}
