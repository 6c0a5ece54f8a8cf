//! A port of Go's `text/tabwriter` (space padding, no flags): cells end with `\t`, and each column
//! block — consecutive lines that have a cell in that column — is as wide as its widest cell plus
//! the padding, never narrower than `minwidth`. kubectl tables use (6, 3); describe uses (0, 2).

pub fn format(text: &str, minwidth: usize, padding: usize) -> String {
    let lines: Vec<Vec<&str>> = text.split('\n').map(|l| l.split('\t').collect()).collect();
    let mut out = String::new();
    let mut widths: Vec<usize> = Vec::new();
    format_block(&lines, 0, lines.len(), &mut widths, minwidth, padding, &mut out);
    out
}

fn width(s: &str) -> usize {
    s.chars().count()
}

fn format_block(lines: &[Vec<&str>], mut line0: usize, line1: usize, widths: &mut Vec<usize>, minwidth: usize, padding: usize, out: &mut String) {
    let column = widths.len();
    let mut this = line0;
    while this < line1 {
        if column + 1 >= lines[this].len() {
            this += 1;
            continue;
        }
        write_lines(lines, line0, this, widths, out);
        line0 = this;
        let mut w = minwidth;
        while this < line1 && column + 1 < lines[this].len() {
            w = w.max(width(lines[this][column]) + padding);
            this += 1;
        }
        widths.push(w);
        format_block(lines, line0, this, widths, minwidth, padding, out);
        widths.pop();
        line0 = this;
    }
    write_lines(lines, line0, line1, widths, out);
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
}
