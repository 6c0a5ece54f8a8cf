//! The apiserver as clients outside the simulation reach it (`kubeplay serve`: real kubectl,
//! client-go, kube-rs over a socket): the same handler the built-in kubectl's requests take,
//! with the wakeups a write causes scheduled as for any other client.

use super::*;
use crate::apiserver::http::{Request, Response};
use crate::kubectl::Transport;

impl Cluster {
    fn outside<T>(&mut self, f: impl FnOnce(&mut ApiTransport) -> T) -> T {
        self.api.set_now(self.now);
        let mut t = ApiTransport { api: &mut self.api, kubelets: &mut self.kubelets, now: self.now, wakes: Vec::new() };
        let out = f(&mut t);
        let wakes = std::mem::take(&mut t.wakes);
        self.schedule_kubelets(wakes);
        self.collect();
        out
    }

    /// One request and its response.
    pub fn http_request(&mut self, req: Request) -> Response {
        self.outside(|t| t.round_trip(req))
    }

    /// Opens a streaming request (a watch, `logs -f`, an exec): its id, or the error response.
    pub fn http_open(&mut self, req: Request) -> Result<u64, Response> {
        self.outside(|t| t.open_stream(req))
    }

    /// What a stream delivered since the last read (one JSON watch event or one log line per
    /// entry), and whether it ended.
    pub fn http_read(&mut self, id: u64) -> (Vec<String>, bool) {
        self.outside(|t| t.read_stream(id))
    }

    /// A line of input on a stream (an exec's stdin).
    pub fn http_write(&mut self, id: u64, line: &str) {
        self.outside(|t| t.write_stream(id, line))
    }

    /// The client went away.
    pub fn http_close(&mut self, id: u64) {
        self.outside(|t| t.close_stream(id))
    }
}
