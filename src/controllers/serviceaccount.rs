//! The serviceaccount controller and the root-CA publisher: every active namespace gets a
//! `default` ServiceAccount and a `kube-root-ca.crt` ConfigMap, recreated if deleted.

use crate::api::order::Collect;
use crate::api::core::{ConfigMap, ServiceAccount};
use crate::api::fields::FieldSelector;
use crate::api::labels::Selector;
use crate::api::metav1::ObjectMeta;
use crate::api::{Kind, Typed};
use crate::apiserver::watch::WatchFilter;
use crate::client::informer::{Delta, Informer};
use crate::client::workqueue::WorkQueue;
use crate::client::Ctx;

pub struct ServiceAccounts {
    pub queue: WorkQueue,
    pub accounts: Informer,
    pub ca_maps: Informer,
    ca_pem: String,
}

fn named(kind: Kind, name: &str) -> Informer {
    Informer::with_filter(WatchFilter {
        kind,
        namespace: None,
        labels: Selector::everything(),
        fields: FieldSelector::parse(&format!("metadata.name={}", name), kind).expect("selector"),
    })
}

const CA_DESCRIPTION: &str = "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.";

impl ServiceAccounts {
    /// `ca_pem` is the cluster CA certificate (kubeadm's /etc/kubernetes/pki/ca.crt).
    pub fn new(ca_pem: String) -> Self {
        ServiceAccounts { queue: WorkQueue::new(), accounts: named(Kind::ServiceAccount, "default"), ca_maps: named(Kind::ConfigMap, "kube-root-ca.crt"), ca_pem }
    }

    pub fn on_namespace(&mut self, d: &Delta) {
        if let Delta::Added(o) = d {
            self.queue.add(o.name());
        }
    }

    /// A deleted account or CA map is put back.
    pub fn on_owned(&mut self, d: &Delta) {
        if let Delta::Deleted(o) = d {
            self.queue.add(o.namespace());
        }
    }

    pub fn process(&mut self, ctx: &mut Ctx, namespaces: &Informer) {
        while let Some(ns) = self.queue.pop(ctx.now) {
            let Some(n) = namespaces.get(&ns) else { continue };
            if n.meta().deletion_timestamp.is_some() {
                continue;
            }
            let key = format!("{}/default", ns);
            if self.accounts.get(&key).is_none() {
                let sa = ServiceAccount { metadata: ObjectMeta { name: Some("default".into()), ..Default::default() }, ..Default::default() };
                match ctx.create(&ns, sa.into_object()) {
                    Ok(_) => ctx.trace(format!("created serviceaccount {}", key)),
                    Err(e) if e.is_already_exists() => {}
                    Err(e) => ctx.trace(format!("creating serviceaccount {} failed: {}", key, e)),
                }
            }
            if self.ca_maps.get(&format!("{}/kube-root-ca.crt", ns)).is_none() {
                let cm = ConfigMap {
                    metadata: ObjectMeta {
                        name: Some("kube-root-ca.crt".into()),
                        annotations: Some([("kubernetes.io/description".to_string(), CA_DESCRIPTION.to_string())].into_iter().into_map()),
                        ..Default::default()
                    },
                    data: Some([("ca.crt".to_string(), self.ca_pem.clone())].into_iter().into_map()),
                    ..Default::default()
                };
                match ctx.create(&ns, cm.into_object()) {
                    Ok(_) | Err(_) => {}
                }
            }
        }
    }
}

/// A PEM block of `n` bytes from the rng, 64 base64 characters a line: the cluster's CA.
pub fn fake_certificate(rng: &mut crate::sim::rng::SimRng) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    // A real kubeadm CA certificate is about 1.1 kB of DER: MII... with the usual prefix.
    let mut body = String::from("MIIDBTCCAe2gAwIBAgII");
    while body.len() < 1476 {
        body.push(B64[rng.index(B64.len())] as char);
    }
    body.push('=');
    let mut pem = String::from("-----BEGIN CERTIFICATE-----\n");
    for chunk in body.as_bytes().chunks(64) {
        pem.push_str(std::str::from_utf8(chunk).unwrap_or(""));
        pem.push('\n');
    }
    pem.push_str("-----END CERTIFICATE-----\n");
    pem
}
