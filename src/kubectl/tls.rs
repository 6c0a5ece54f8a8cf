//! `kubectl create secret tls NAME --cert=FILE --key=FILE`: a `kubernetes.io/tls` Secret, after
//! the pair passes Go's `tls.X509KeyPair` — PEM blocks found and sorted as it sorts them, the
//! certificate's DER read down to its public key, the private key read as PKCS #1, PKCS #8 or
//! SEC 1, and the two compared (an RSA modulus, an EC point), with crypto/tls's error words.

use super::errors::plain;
use super::flags::{flag, Kind as F};
use super::generators::{meta, namespace, tpl, with_common};
use super::{parse_flags, Invocation, Kubectl, Output};
use serde_json::Value;

/// One PEM block: its type and its bytes.
struct Block {
    kind: String,
    der: Vec<u8>,
}

/// `pem.Decode` over the whole input: the blocks that decode.
fn pem_blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("-----BEGIN ") {
        let after = &rest[i + 11..];
        let Some(end_type) = after.find("-----") else { break };
        let kind = after[..end_type].to_string();
        let body_start = &after[end_type + 5..];
        let end_marker = format!("-----END {}-----", kind);
        let Some(j) = body_start.find(&end_marker) else {
            rest = body_start;
            continue;
        };
        // Headers (`Proc-Type: …`) end at a blank line; the rest is base64.
        let body: String = body_start[..j].lines().filter(|l| !l.contains(':')).collect::<String>().split_whitespace().collect();
        if let Some(der) = crate::kubelet::sh::programs::base64_decode(&body) {
            out.push(Block { kind, der });
        }
        rest = &body_start[j + end_marker.len()..];
    }
    out
}

/// One DER element: its tag, its contents, and what follows it.
fn tlv(b: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = b.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        (rest[..n].iter().fold(0usize, |a, x| (a << 8) | *x as usize), &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// The elements of a SEQUENCE's contents.
fn elements(mut b: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let mut v = Vec::new();
    while !b.is_empty() {
        let (t, c, rest) = tlv(b)?;
        v.push((t, c));
        b = rest;
    }
    Some(v)
}

fn seq(b: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let (t, c, _) = tlv(b)?;
    (t == 0x30).then_some(())?;
    elements(c)
}

/// An INTEGER's magnitude without leading zeros.
fn int(b: &[u8]) -> Vec<u8> {
    let i = b.iter().position(|x| *x != 0).unwrap_or(b.len());
    b[i..].to_vec()
}

const RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const EC: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const ED25519: &[u8] = &[0x2b, 0x65, 0x70];

/// A public key as the comparison needs it.
#[derive(Debug, PartialEq, Eq)]
enum Key {
    Rsa(Vec<u8>),
    /// The point, when the private key carries it.
    Ec(Option<Vec<u8>>),
    Ed25519,
}

/// The certificate's subject public key (`x509.ParseCertificate`, as far as the key).
fn cert_key(der: &[u8]) -> Option<Key> {
    let cert = seq(der)?;
    let tbs = elements(cert.first().filter(|e| e.0 == 0x30)?.1)?;
    // [0] version, serial, signature, issuer, validity, subject, subjectPublicKeyInfo.
    let skip = usize::from(tbs.first()?.0 == 0xa0);
    let spki = elements(tbs.get(skip + 5).filter(|e| e.0 == 0x30)?.1)?;
    let alg = elements(spki.first()?.1)?;
    let oid = alg.first().filter(|e| e.0 == 0x06)?.1;
    let bits = spki.get(1).filter(|e| e.0 == 0x03)?.1.get(1..)?;
    match oid {
        o if o == RSA => Some(Key::Rsa(int(seq(bits)?.first().filter(|e| e.0 == 0x02)?.1))),
        o if o == EC => Some(Key::Ec(Some(bits.to_vec()))),
        o if o == ED25519 => Some(Key::Ed25519),
        _ => None,
    }
}

/// PKCS #1 RSAPrivateKey: its modulus.
fn pkcs1(der: &[u8]) -> Option<Key> {
    let e = seq(der)?;
    (e.len() >= 9 && e.iter().all(|x| x.0 == 0x02)).then(|| Key::Rsa(int(e[1].1)))
}

/// SEC 1 ECPrivateKey: its public point, when present.
fn sec1(der: &[u8]) -> Option<Key> {
    let e = seq(der)?;
    (e.first()?.0 == 0x02 && e.get(1)?.0 == 0x04).then_some(())?;
    let point = e.iter().find(|x| x.0 == 0xa1).and_then(|x| tlv(x.1)).filter(|x| x.0 == 0x03).and_then(|x| x.1.get(1..)).map(<[u8]>::to_vec);
    Some(Key::Ec(point))
}

/// PKCS #8 PrivateKeyInfo.
fn pkcs8(der: &[u8]) -> Option<Key> {
    let e = seq(der)?;
    let oid = elements(e.get(1).filter(|x| x.0 == 0x30)?.1)?.first().filter(|x| x.0 == 0x06)?.1.to_vec();
    let inner = e.get(2).filter(|x| x.0 == 0x04)?.1;
    match oid.as_slice() {
        o if o == RSA => pkcs1(inner),
        o if o == EC => sec1(inner),
        o if o == ED25519 => Some(Key::Ed25519),
        _ => None,
    }
}

/// `tls.X509KeyPair`: Ok, or crypto/tls's error.
pub fn x509_key_pair(cert: &str, key: &str) -> Result<(), String> {
    let blocks = pem_blocks(cert);
    let certs: Vec<&Block> = blocks.iter().filter(|b| b.kind == "CERTIFICATE").collect();
    let skipped: Vec<&str> = blocks.iter().filter(|b| b.kind != "CERTIFICATE").map(|b| b.kind.as_str()).collect();
    if certs.is_empty() {
        return Err(match skipped.as_slice() {
            [] => "tls: failed to find any PEM data in certificate input".into(),
            [one] if one.ends_with("PRIVATE KEY") => "tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched".into(),
            _ => format!("tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM blocks of the following types: [{}]", skipped.join(" ")),
        });
    }
    let mut skipped = Vec::new();
    let mut private = None;
    for b in pem_blocks(key) {
        if b.kind == "PRIVATE KEY" || b.kind.ends_with(" PRIVATE KEY") {
            private = Some(b);
            break;
        }
        skipped.push(b.kind);
    }
    let Some(private) = private else {
        return Err(match skipped.as_slice() {
            [] => "tls: failed to find any PEM data in key input".into(),
            [one] if one == "CERTIFICATE" => "tls: found a certificate rather than a key in the PEM for the private key".into(),
            _ => format!("tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key input after skipping PEM blocks of the following types: [{}]", skipped.join(" ")),
        });
    };
    let public = cert_key(&certs[0].der).ok_or("x509: malformed certificate")?;
    // parsePrivateKey tries PKCS #1, then PKCS #8, then SEC 1.
    let secret = pkcs1(&private.der).or_else(|| pkcs8(&private.der)).or_else(|| sec1(&private.der)).ok_or("tls: failed to parse private key")?;
    match (&public, &secret) {
        (Key::Rsa(a), Key::Rsa(b)) if a != b => Err("tls: private key does not match public key".into()),
        // Without its point the key would have to be multiplied out; openssl always writes it.
        (Key::Ec(Some(a)), Key::Ec(Some(b))) if a != b => Err("tls: private key does not match public key".into()),
        (Key::Rsa(_), Key::Rsa(_)) | (Key::Ec(_), Key::Ec(_)) | (Key::Ed25519, Key::Ed25519) => Ok(()),
        _ => Err("tls: private key type does not match public key type".into()),
    }
}

pub fn secret_tls(kubectl: &mut Kubectl, inv: Invocation, out: &mut Output) {
    let flags = with_common(&[flag("cert", None, F::Value), flag("key", None, F::Value), flag("append-hash", None, F::Bool)]);
    let Some(p) = parse_flags("create secret tls", &inv.args, &flags, out) else { return };
    let Some(name) = super::create::one_name(&p, "create secret tls", out) else { return };
    let (cert, key) = (p.value("cert").unwrap_or(""), p.value("key").unwrap_or(""));
    if cert.is_empty() || key.is_empty() {
        return out.fail("error: key and cert must be specified\n");
    }
    let read = |path: &str| inv.files.read(path).map_err(|_| format!("Cannot read file {}, open {}: no such file or directory", path, path));
    let (cert_text, key_text) = match (read(cert), read(key)) {
        (Ok(c), Ok(k)) => (c, k),
        (Err(e), _) | (_, Err(e)) => return out.fail(plain(&e)),
    };
    if let Err(e) = x509_key_pair(&cert_text, &key_text) {
        return out.fail(plain(&e));
    }
    let b64 = |s: &str| Value::from(crate::kubelet::sh::programs::base64_encode(s.as_bytes()));
    let mut obj = tpl(r#"{"apiVersion":"v1","kind":"Secret","metadata":"$0","type":"kubernetes.io/tls","data":{"tls.crt":"$1","tls.key":"$2"}}"#, vec![meta(&p, &name), b64(&cert_text), b64(&key_text)]);
    if p.bool("append-hash") {
        super::create::append_hash(&mut obj);
    }
    let ns = namespace(kubectl, &p);
    super::create::post(kubectl, inv, out, &p, &format!("/api/v1/namespaces/{}/secrets", ns), obj, "secret");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn der_lengths_and_pem_blocks_read_as_go_reads_them() {
        assert_eq!(tlv(&[0x02, 0x01, 0x05, 0xff]), Some((0x02, &[0x05][..], &[0xff][..])));
        assert_eq!(tlv(&[0x04, 0x81, 0x02, 1, 2]).map(|t| t.1.len()), Some(2));
        assert_eq!(tlv(&[0x04, 0x05, 1]), None);
        let blocks = pem_blocks("junk\n-----BEGIN FOO-----\naGk=\n-----END FOO-----\n-----BEGIN BAR-----\n!!\n-----END BAR-----\n");
        assert_eq!(blocks.iter().map(|b| (b.kind.as_str(), b.der.clone())).collect::<Vec<_>>(), vec![("FOO", b"hi".to_vec())]);
        assert_eq!(x509_key_pair("", "x"), Err("tls: failed to find any PEM data in certificate input".into()));
        assert_eq!(x509_key_pair("-----BEGIN FOO-----\naGk=\n-----END FOO-----\n", "x").unwrap_err(), "tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM blocks of the following types: [FOO]");
        assert_eq!(x509_key_pair("-----BEGIN CERTIFICATE-----\naGk=\n-----END CERTIFICATE-----\n", "-----BEGIN CERTIFICATE-----\naGk=\n-----END CERTIFICATE-----\n").unwrap_err(), "tls: found a certificate rather than a key in the PEM for the private key");
        assert_eq!(x509_key_pair("-----BEGIN CERTIFICATE-----\naGk=\n-----END CERTIFICATE-----\n", "-----BEGIN RSA PRIVATE KEY-----\naGk=\n-----END RSA PRIVATE KEY-----\n").unwrap_err(), "x509: malformed certificate");
    }
}
