//! HTTPS for `kubeplay serve`. At start a CA is generated (as kubeadm generates the cluster's
//! `ca.crt`) and signs the apiserver's serving certificate for the names a client dials
//! (127.0.0.1, localhost, kubernetes.default.svc…); the kubeconfig written beside it trusts that
//! CA. client-go sends a bearer token (`kubectl --token`, a kubeconfig user's token) only over
//! TLS, so this is how tokens, and RBAC on them, reach the apiserver.
//!
//! A connection is TLS when its first byte opens a handshake record (0x16); the same port also
//! answers plain HTTP. rustls runs in one thread per connection that moves bytes between the
//! socket and two channels, so the request reader and the response writer (and an exec's input
//! and output) work on their own halves as they do on a plain socket.

use rcgen::{BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::{ServerConfig, ServerConnection, StreamOwned};
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::sync::mpsc::{channel, Receiver, Sender, TryRecvError};
use std::sync::Arc;
use std::time::Duration;

pub type Reader = Box<dyn Read + Send>;
pub type Writer = Box<dyn Write + Send>;

/// The serving configuration, the CA that signed it, and the admin's client certificate and key
/// (PEM, for the kubeconfig).
pub struct Tls {
    pub config: Arc<ServerConfig>,
    pub ca_pem: String,
    pub admin_cert_pem: String,
    pub admin_key_pem: String,
}

/// A new CA and a serving certificate it signs.
pub fn generate() -> Result<Tls, String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let ca_key = KeyPair::generate().map_err(|e| err(&e))?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(|e| err(&e))?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "kubernetes");
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::DigitalSignature, KeyUsagePurpose::CrlSign];
    let ca = ca_params.self_signed(&ca_key).map_err(|e| err(&e))?;
    let key = KeyPair::generate().map_err(|e| err(&e))?;
    let names = ["127.0.0.1", "localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"];
    let mut params = CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>()).map_err(|e| err(&e))?;
    params.distinguished_name.push(DnType::CommonName, "kube-apiserver");
    let cert = params.signed_by(&key, &ca, &ca_key).map_err(|e| err(&e))?;
    // kubeadm's admin.conf identity: a client certificate the CA signed.
    let admin_key = KeyPair::generate().map_err(|e| err(&e))?;
    let mut admin_params = CertificateParams::new(Vec::<String>::new()).map_err(|e| err(&e))?;
    admin_params.distinguished_name.push(DnType::OrganizationName, "kubeadm:cluster-admins");
    admin_params.distinguished_name.push(DnType::CommonName, "kubernetes-admin");
    admin_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    let admin = admin_params.signed_by(&admin_key, &ca, &ca_key).map_err(|e| err(&e))?;
    let chain: Vec<CertificateDer<'static>> = vec![cert.der().clone(), ca.der().clone()];
    let private = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    // A client certificate is checked against the CA when one is offered; none is needed
    // (requests without credentials act as the admin).
    let mut roots = rustls::RootCertStore::empty();
    roots.add(ca.der().clone()).map_err(|e| err(&e))?;
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), Arc::clone(&provider))
        .allow_unauthenticated()
        .build()
        .map_err(|e| err(&e))?;
    let config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| err(&e))?
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, private)
        .map_err(|e| err(&e))?;
    Ok(Tls { config: Arc::new(config), ca_pem: ca.pem(), admin_cert_pem: admin.pem(), admin_key_pem: admin_key.serialize_pem() })
}


/// The kubeconfig for a server at `url` whose certificate the CA signed, with the admin's
/// client certificate, as kubeadm writes `admin.conf`.
pub fn kubeconfig(url: &str, tls: &Tls) -> String {
    format!(
        "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: {}\n    server: {}\n  name: kubeplay\ncontexts:\n- context:\n    cluster: kubeplay\n    user: kubernetes-admin\n  name: kubernetes-admin@kubeplay\ncurrent-context: kubernetes-admin@kubeplay\nkind: Config\npreferences: {{}}\nusers:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: {}\n    client-key-data: {}\n",
        super::base64(tls.ca_pem.as_bytes()),
        url,
        super::base64(tls.admin_cert_pem.as_bytes()),
        super::base64(tls.admin_key_pem.as_bytes())
    )
}

struct ChannelReader {
    rx: Receiver<Vec<u8>>,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.pos == self.buf.len() {
            match self.rx.recv() {
                Ok(b) => (self.buf, self.pos) = (b, 0),
                Err(_) => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

struct ChannelWriter(Sender<Vec<u8>>);

impl Write for ChannelWriter {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0.send(b.to_vec()).map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))?;
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The halves of a connection: a plain socket's two handles, or TLS's two channels.
pub fn halves(tcp: TcpStream, tls: Option<&Arc<ServerConfig>>) -> Option<(Reader, Writer)> {
    let mut first = [0u8; 1];
    let handshake = tcp.peek(&mut first).ok() == Some(1) && first[0] == 0x16;
    let Some(config) = tls.filter(|_| handshake) else {
        let read = tcp.try_clone().ok()?;
        return Some((Box::new(read), Box::new(tcp)));
    };
    let conn = ServerConnection::new(Arc::clone(config)).ok()?;
    // Reads wait a moment at most, so that what the writer sent goes out while the client is
    // quiet (an exec's output, a watch's events).
    tcp.set_read_timeout(Some(Duration::from_millis(10))).ok()?;
    let mut stream = StreamOwned::new(conn, tcp);
    let (in_tx, in_rx) = channel::<Vec<u8>>();
    let (out_tx, out_rx) = channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            loop {
                match out_rx.try_recv() {
                    Ok(b) => {
                        if stream.write_all(&b).and_then(|_| stream.flush()).is_err() {
                            return;
                        }
                    }
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        stream.conn.send_close_notify();
                        let _ = stream.flush();
                        return;
                    }
                }
            }
            match stream.read(&mut buf) {
                Ok(0) => return,
                Ok(n) => {
                    // The reader may be done (a stream's response goes on): keep writing.
                    let _ = in_tx.send(buf[..n].to_vec());
                }
                Err(e) if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted) => {}
                Err(_) => return,
            }
        }
    });
    Some((Box::new(ChannelReader { rx: in_rx, buf: Vec::new(), pos: 0 }), Box::new(ChannelWriter(out_tx))))
}
