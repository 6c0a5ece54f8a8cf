//! WebSocket (RFC 6455) as the apiserver speaks it for `pods/exec`: the opening handshake
//! (`Sec-WebSocket-Accept` is SHA-1 of the client's key and the protocol's GUID, in base64) and
//! frames both ways. Client frames are masked; the server's are not. kubectl since v1.30 opens
//! exec this way, offering the `v5.channel.k8s.io` subprotocol (each binary message starts with
//! its channel: 0 stdin, 1 stdout, 2 stderr, 3 the final Status, 4 terminal resize, 255 "this
//! channel is closed").

use std::io::{self, Read, Write};

const GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

pub const BINARY: u8 = 0x2;
pub const CLOSE: u8 = 0x8;
pub const PING: u8 = 0x9;
pub const PONG: u8 = 0xA;

/// The channel protocols kubeplay speaks, best first (v5 adds the close signal on 255).
const PROTOCOLS: [&str; 2] = ["v5.channel.k8s.io", "v4.channel.k8s.io"];

/// SHA-1 (FIPS 180-4), for the handshake only.
fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64) * 8).to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, x) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn base64(data: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ABC[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

/// The `Sec-WebSocket-Accept` answer to a client's `Sec-WebSocket-Key`.
pub fn accept_key(key: &str) -> String {
    base64(&sha1(format!("{}{}", key.trim(), GUID).as_bytes()))
}

/// The subprotocol to answer with, from the client's `Sec-WebSocket-Protocol` offer.
pub fn choose_protocol(offered: &str) -> Option<&'static str> {
    let offered: Vec<&str> = offered.split(',').map(str::trim).collect();
    PROTOCOLS.into_iter().find(|p| offered.contains(p))
}

/// Writes one whole (unfragmented, unmasked) frame.
pub fn write_frame(w: &mut impl Write, opcode: u8, payload: &[u8]) -> io::Result<()> {
    let mut head = vec![0x80 | opcode];
    match payload.len() {
        n if n < 126 => head.push(n as u8),
        n if n < 1 << 16 => {
            head.push(126);
            head.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            head.push(127);
            head.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    head.extend_from_slice(payload);
    w.write_all(&head)?;
    w.flush()
}

/// Reads one frame: its opcode and unmasked payload (a fragment's continuation comes back with
/// opcode 0; kubectl sends whole messages).
pub fn read_frame(r: &mut impl Read) -> io::Result<(u8, Vec<u8>)> {
    let mut b = [0u8; 2];
    r.read_exact(&mut b)?;
    let opcode = b[0] & 0x0F;
    let masked = b[1] & 0x80 != 0;
    let len = match b[1] & 0x7F {
        126 => {
            let mut l = [0u8; 2];
            r.read_exact(&mut l)?;
            u16::from_be_bytes(l) as u64
        }
        127 => {
            let mut l = [0u8; 8];
            r.read_exact(&mut l)?;
            u64::from_be_bytes(l)
        }
        n => n as u64,
    };
    if len > 16 << 20 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "websocket frame too large"));
    }
    let mut mask = [0u8; 4];
    if masked {
        r.read_exact(&mut mask)?;
    }
    let mut payload = vec![0u8; len as usize];
    r.read_exact(&mut payload)?;
    if masked {
        for (i, x) in payload.iter_mut().enumerate() {
            *x ^= mask[i % 4];
        }
    }
    Ok((opcode, payload))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha1_and_the_accept_key_are_the_standards_examples() {
        let hex: String = sha1(b"abc").iter().map(|b| format!("{:02x}", b)).collect();
        assert_eq!(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
        // RFC 6455 section 1.3.
        assert_eq!(accept_key("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    #[test]
    fn frames_round_trip_masked_and_long() {
        let mut out = Vec::new();
        write_frame(&mut out, BINARY, &[1; 300]).unwrap();
        assert_eq!(&out[..4], &[0x82, 126, 1, 44]);
        assert_eq!(read_frame(&mut &out[..]).unwrap(), (BINARY, vec![1; 300]));
        // A client's masked frame.
        let masked = [0x82, 0x83, 1, 2, 3, 4, 1, 2 ^ b'h', 3 ^ b'i'];
        assert_eq!(read_frame(&mut &masked[..]).unwrap(), (BINARY, vec![0, b'h', b'i']));
        assert_eq!(choose_protocol("v5.channel.k8s.io, v4.channel.k8s.io"), Some("v5.channel.k8s.io"));
        assert_eq!(choose_protocol("channel.k8s.io"), None);
    }
}
