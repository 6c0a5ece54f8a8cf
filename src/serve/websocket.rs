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

/// The `Sec-WebSocket-Accept` answer to a client's `Sec-WebSocket-Key`.
pub fn accept_key(key: &str) -> String {
    super::base64(&kubeplay::network::hash::sha1(format!("{}{}", key.trim(), GUID).as_bytes()))
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
    fn the_accept_key_is_the_standards_example() {
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
