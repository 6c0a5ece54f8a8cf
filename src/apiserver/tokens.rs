//! Service-account tokens (the TokenRequest API's minting): a JWT whose claims are those
//! kube-apiserver writes (issuer and audience `https://kubernetes.default.svc.cluster.local`,
//! the `kubernetes.io` claim binding it to the account, the pod and the node, `warnafter` with
//! the expiry extended to a year as `--service-account-extend-token-expiration` does). The
//! signature is the simulator's own: derived from the cluster's key, it is what the apiserver
//! can check, and nothing outside the cluster can.

use super::errors::{ApiError, ApiResult};
use super::ApiServer;
use crate::api::Kind;
use crate::sim::rng::fnv1a64;
use serde_json::json;

pub const ISSUER: &str = "https://kubernetes.default.svc.cluster.local";
/// `ExpirationExtensionSeconds`: a kubelet's projected token is valid for a year.
const EXTENDED_EXPIRY: i64 = 365 * 24 * 3600;

/// base64url without padding (JWT's encoding).
pub fn base64url(bytes: &[u8]) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// `n` bytes derived from a key and a message.
fn derive(key: &str, message: &str, n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n + 8);
    let mut i = 0u64;
    while out.len() < n {
        out.extend(fnv1a64(format!("{}\0{}\0{}", key, i, message).as_bytes()).to_be_bytes());
        i += 1;
    }
    out.truncate(n);
    out
}

/// Who a token is bound to besides its account: the pod and its node (name, uid).
#[derive(Clone, Debug, Default)]
pub struct Binding {
    pub pod: Option<(String, String)>,
    pub node: Option<(String, String)>,
}

impl ApiServer {
    /// Mints a token for `system:serviceaccount:NS:NAME` valid `seconds` (a pod-bound token of
    /// a kubelet gets a year, with `warnafter` at the asked expiry).
    pub fn mint_token(&self, ns: &str, name: &str, audiences: &[String], seconds: i64, bound: &Binding) -> ApiResult<(String, i64)> {
        let sa = self.store().get(&Kind::ServiceAccount.storage_key(ns, name)).map(|kv| kv.value.clone());
        let Some(sa) = sa else { return Err(ApiError::not_found(Kind::ServiceAccount.info(), name)) };
        let uid = sa.meta().uid.clone().unwrap_or_default();
        let iat = (self.epoch().unix_ms + self.now.as_millis() as i64) / 1000;
        let exp = if bound.pod.is_some() { iat + EXTENDED_EXPIRY } else { iat + seconds };
        let aud = if audiences.is_empty() { vec![ISSUER.to_string()] } else { audiences.to_vec() };
        let mut k8s = json!({"namespace": ns, "serviceaccount": {"name": name, "uid": uid}});
        if let Some((n, u)) = &bound.pod {
            k8s["pod"] = json!({"name": n, "uid": u});
            k8s["warnafter"] = json!(iat + seconds);
        }
        if let Some((n, u)) = &bound.node {
            k8s["node"] = json!({"name": n, "uid": u});
        }
        let seed = format!("{}{}{}{:?}", ns, name, iat, bound.pod);
        let j = derive(&self.token_key, &seed, 16);
        let hex: String = j.iter().map(|b| format!("{:02x}", b)).collect();
        let jti = format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32]);
        let claims = json!({
            "aud": aud, "exp": exp, "iat": iat, "iss": ISSUER, "jti": jti, "kubernetes.io": k8s, "nbf": iat,
            "sub": format!("system:serviceaccount:{}:{}", ns, name),
        });
        let kid = base64url(&derive(&self.token_key, "kid", 32));
        let header = json!({"alg": "RS256", "kid": kid});
        let signing_input = format!("{}.{}", base64url(header.to_string().as_bytes()), base64url(claims.to_string().as_bytes()));
        let signature = base64url(&derive(&self.token_key, &signing_input, 256));
        Ok((format!("{}.{}", signing_input, signature), exp))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64url_has_no_padding() {
        assert_eq!(super::base64url(b"f"), "Zg");
        assert_eq!(super::base64url(b"fo"), "Zm8");
        assert_eq!(super::base64url(b"foo"), "Zm9v");
        assert_eq!(super::base64url(&[0xfb, 0xff]), "-_8");
    }
}
