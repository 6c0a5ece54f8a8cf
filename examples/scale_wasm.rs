//! The scale benchmark compiled to wasm: `scripts/bench.sh` builds this example for
//! wasm32-unknown-unknown, binds it for node with wasm-bindgen, and calls `scale(nodes, pods)`
//! for the same sizes as the native `cargo bench --bench scale`. Wall time comes from
//! `Date.now()`; peak memory is the size the wasm linear memory grew to (it never shrinks).

#[cfg(target_arch = "wasm32")]
mod wasm {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn scale(nodes: usize, pods: usize) -> String {
        let mut clock = js_sys::Date::now;
        let (c, r) = kubeplay::sim::scale::run(nodes, pods, &mut clock, &mut |_| {});
        let memory_mib = core::arch::wasm32::memory_size(0) as f64 * 64.0 / 1024.0;
        format!(
            "wasm  nodes {:>5}  pods {:>6}  boot {:>7.1} ms ({:.0} s virtual)  converge {:>8.1} ms  virtual {:>5.1} s  steps {:>6}  ready {:>6}  store records {:>7}  linear memory {:>7.1} MiB",
            nodes,
            pods,
            r.boot_ms,
            r.boot_virtual_secs,
            r.converge_ms,
            r.virtual_secs,
            r.steps,
            r.ready,
            c.api().store().record_count(),
            memory_mib
        )
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    println!("build for wasm32-unknown-unknown and run through scripts/bench.sh");
}
