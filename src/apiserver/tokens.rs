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
use crate::json;

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

/// base64url (padding optional) back to bytes; None if it is not base64url.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
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
            k8s["warnafter"] = serde_json::Value::from(iat + seconds);
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

    /// The service account a bearer token speaks for: a token this apiserver signed, not
    /// expired, whose account (and pod, when it is bound to one) still exists with the uid it
    /// names, as the service-account authenticator checks. None: the request is Unauthorized.
    pub fn authenticate_token(&self, token: &str) -> Option<super::auth::UserInfo> {
        let (signing_input, signature) = token.rsplit_once('.')?;
        if base64url(&derive(&self.token_key, signing_input, 256)) != signature {
            return None;
        }
        let claims: serde_json::Value = serde_json::from_slice(&base64url_decode(signing_input.split('.').nth(1)?)?).ok()?;
        let now = (self.epoch().unix_ms + self.now.as_millis() as i64) / 1000;
        if claims["exp"].as_i64()? < now {
            return None;
        }
        let k8s = &claims["kubernetes.io"];
        let ns = k8s["namespace"].as_str()?;
        let name = k8s["serviceaccount"]["name"].as_str()?;
        let alive = |kind: Kind, name: &str, uid: &serde_json::Value| {
            self.store().get(&kind.storage_key(ns, name)).is_some_and(|kv| kv.value.meta().uid.as_deref() == uid.as_str())
        };
        if !alive(Kind::ServiceAccount, name, &k8s["serviceaccount"]["uid"]) {
            return None;
        }
        if let Some(pod) = k8s["pod"]["name"].as_str() {
            if !alive(Kind::Pod, pod, &k8s["pod"]["uid"]) {
                return None;
            }
        }
        Some(super::auth::UserInfo::impersonated(&format!("system:serviceaccount:{}:{}", ns, name), Vec::new()))
    }

    /// `POST …/serviceaccounts/NAME/token` (the TokenRequest API, `kubectl create token`): a
    /// token for the account, for `spec.expirationSeconds` (an hour unless asked, at least ten
    /// minutes), for `spec.audiences` (the apiserver's own unless asked).
    pub(super) fn token_request(&self, ns: &str, name: &str, body: &serde_json::Value) -> ApiResult<serde_json::Value> {
        let spec = &body["spec"];
        let seconds = spec["expirationSeconds"].as_i64().unwrap_or(3600);
        let field = |detail: &str| {
            ApiError::invalid_kind("TokenRequest", "authentication.k8s.io", name, vec![super::errors::FieldError::invalid("spec.expirationSeconds", &serde_json::Value::from(seconds), detail)])
        };
        if seconds < 600 {
            return Err(field("may not specify a duration less than 10 minutes"));
        }
        if seconds > 1 << 32 {
            return Err(field("may not specify a duration larger than 2^32 seconds"));
        }
        let audiences: Vec<String> = spec["audiences"].as_array().into_iter().flatten().filter_map(|a| a.as_str().map(str::to_string)).collect();
        let (token, exp) = self.mint_token(ns, name, &audiences, seconds, &Binding::default())?;
        let audiences = if audiences.is_empty() { vec![ISSUER.to_string()] } else { audiences };
        let expires = crate::api::timefmt::rfc3339(&k8s_openapi::jiff::Timestamp::from_second(exp).unwrap_or_default());
        Ok(json!({
            "kind": "TokenRequest", "apiVersion": "authentication.k8s.io/v1",
            "metadata": {"name": name, "namespace": ns, "creationTimestamp": null},
            "spec": {"audiences": audiences, "expirationSeconds": seconds, "boundObjectRef": spec["boundObjectRef"].clone()},
            "status": {"token": token, "expirationTimestamp": expires},
        }))
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
