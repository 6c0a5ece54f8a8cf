//! The image catalog: what the simulated registry holds and how each image behaves once it runs
//! (how it takes its stop signal; what runs inside is in `sh::programs`), and image-reference parsing.

use std::time::Duration;

#[derive(Clone, Debug)]
pub struct ImageInfo {
    /// `docker.io/library/nginx`
    pub repository: &'static str,
    pub size_bytes: u64,
    pub digest: &'static str,
    /// Whether the main process exits promptly on its stop signal; if not, it is killed after the grace period.
    pub handles_stop_signal: bool,
    /// How long a clean stop takes.
    pub stop_time: Duration,
}

const CATALOG: &[(&str, u64, &str, bool, u64)] = &[
    ("docker.io/library/nginx", 72_223_946, "sha256:d5f28ef21aabddd098f3dbc21fe5b7a7d7a184720bc07da0b6c9b9820e97f25e", true, 150),
    // The StatefulSet tutorial's nginx (kubernetes.io's web.yaml).
    ("registry.k8s.io/nginx-slim", 37_839_204, "sha256:6654d2a6e7b1c26b6a9dc3c4ff2c9d4b8b1b4f6e0b6c3f1a9e2d8c7b5a4f3e2d", true, 150),
    ("docker.io/library/httpd", 58_191_340, "sha256:f4c0bb6f5e5a7ba7ea7e4ed53d5bd4e9a3b6c2b4f4b2ad2c87f0a3ab3f4b6c1a", true, 1_100),
    ("docker.io/library/redis", 52_870_455, "sha256:1b835e5a8d5db58e8b718850bf43a68ef5a576fc68301fd08a789b20b4eecb61", true, 200),
    ("docker.io/library/busybox", 2_155_186, "sha256:37f7b378a29ceb4c551b1b5582e27747b855bbfaa73fa11914fe0df028dc581f", false, 0),
    // The busybox the Kubernetes docs' probe examples use (registry.k8s.io/busybox:1.27.2).
    ("registry.k8s.io/busybox", 1_144_547, "sha256:5df3bb2d1fd1c3c8ba2be7acfb6fb56d78c3abc4ad1a5e1ba76c0db8b7d1b9fd", false, 0),
    // curl's own image (Alpine with curl 8.17.0): the usual in-cluster HTTP client.
    ("docker.io/curlimages/curl", 9_926_311, "sha256:935d9f31f9a8e4c8b5cb9b3fc5e4b1a5e0b9c9ff5d3f3f2b7b2a0b1a6a3a3c1f", false, 0),
    ("docker.io/library/alpine", 3_653_068, "sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1", false, 0),
    ("docker.io/library/ubuntu", 29_754_290, "sha256:353675e2a41babd526e2b837d7ec780c2a05bca0164f7ea5dbbd433d21d166fc", false, 0),
    ("registry.k8s.io/pause", 320_368, "sha256:ee6521f290b2168b6e0935a181d4cff9be1ac3f505666ef0e3c98fae8199917a", false, 0),
    ("registry.k8s.io/etcd", 22_861_203, "sha256:e36c081683425b5b3bc1425bc508b37e7107bb65dfa9367bf5a80125d431fa19", true, 300),
    ("registry.k8s.io/kube-apiserver", 27_062_541, "sha256:b9d7c117f8ac52bed4b13aeed973dc5198f9d93a926e6fe9e0b384f155baa842", true, 400),
    ("registry.k8s.io/kube-controller-manager", 22_819_474, "sha256:2bf47c1b01f51e8963bf2327390883c9fa4ed03ea1b284500a2cba17ce303e89", true, 300),
    ("registry.k8s.io/kube-scheduler", 17_385_568, "sha256:6e9fbc4e25a576483e6a233976353a66e4d77eb5d0530e9118e94b7d46fb3500", true, 200),
    ("registry.k8s.io/kube-proxy", 25_963_718, "sha256:913cc83ca0b5588a81d86ce8eedeb3ed1e9c1326e81852a1ea4f622b74ff749a", true, 200),
    ("registry.k8s.io/metrics-server/metrics-server", 20_582_732, "sha256:ffcb2bf004d6aa0a17d90e0247cf94f2865c8901dcab4427034c341951c239f9", true, 200),
    ("registry.k8s.io/hpa-example", 137_128_410, "sha256:581697a37f0e136db86d6b30392f0db40ce99c8248a7044c770012f4e8491544", true, 1_100),
    ("docker.io/polinux/stress", 4_045_371, "sha256:b6144f84f9c15dac80deb48d3a646b55c7043ab1d83ea0a697c09097aaad21aa", false, 0),
    ("docker.io/vish/stress", 1_629_804, "sha256:b6456a3df6db5e063e1783153627947484a3db387be99e49708c70a9a15e7177", false, 0),
    ("docker.io/rancher/local-path-provisioner", 20_395_216, "sha256:73b1d5e7e0a7b7b1b2d3f1b8b4f2ce8fd7b0c6f7e1e0e4b8d1a3d6f5c2b9a4e1", true, 300),
    // Kubernetes' e2e test image: the docs' probe examples (`liveness`), `netexec`, `serve-hostname`.
    ("registry.k8s.io/e2e-test-images/agnhost", 51_237_108, "sha256:af7e3857d87770ddb40f5ea4f89b5a2709504ab1ee31f9ea4ab5823c045f2146", true, 150),
    ("registry.k8s.io/ingress-nginx/controller", 111_902_468, "sha256:8e0bd0a3cbc5e5b1e4a0a6d2c1d0b1a9c6f7e8d9a0b1c2d3e4f5a6b7c8d9e0f1", true, 600),
    ("registry.k8s.io/coredns/coredns", 22_384_805, "sha256:e8c262566636e6bc340ece6473b0eed193cad045384401529721ddbe6463d31c", true, 200),
];

/// A parsed image reference (`nginx`, `nginx:1.25`, `registry.k8s.io/pause:3.10`, `x@sha256:…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImageRef {
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl ImageRef {
    /// `docker.io/library/nginx:latest` — what containerd reports as the container's image.
    pub fn full(&self) -> String {
        match (&self.digest, &self.tag) {
            (Some(d), _) => format!("{}@{}", self.repository, d),
            (None, Some(t)) => format!("{}:{}", self.repository, t),
            (None, None) => format!("{}:latest", self.repository),
        }
    }

    /// The registry host a pull asks and the repository's path there (Docker Hub is served
    /// from `registry-1.docker.io`).
    pub fn registry_path(&self) -> (String, String) {
        let (host, path) = self.repository.split_once('/').unwrap_or(("docker.io", &self.repository));
        let host = if host == "docker.io" { "registry-1.docker.io" } else { host };
        (host.to_string(), path.to_string())
    }

    /// The tag or digest a manifest request names.
    pub fn reference(&self) -> String {
        self.digest.clone().or_else(|| self.tag.clone()).unwrap_or_else(|| "latest".into())
    }
}

fn valid_component(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'))
        && s.as_bytes()[0].is_ascii_alphanumeric()
        && s.as_bytes()[s.len() - 1].is_ascii_alphanumeric()
}

/// Docker's reference grammar, simplified: an invalid reference is `InvalidImageName`.
pub fn parse_image(image: &str) -> Result<ImageRef, String> {
    let err = || format!("couldn't parse image name \"{}\": invalid reference format", image);
    if image.is_empty() || image.trim() != image {
        return Err(err());
    }
    let (rest, digest) = match image.split_once('@') {
        Some((r, d)) => (r, Some(d.to_string())),
        None => (image, None),
    };
    let (name, tag) = match rest.rfind(':') {
        Some(i) if !rest[i + 1..].contains('/') => (&rest[..i], Some(rest[i + 1..].to_string())),
        _ => (rest, None),
    };
    if let Some(t) = &tag {
        let ok = !t.is_empty() && t.len() <= 128 && t.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
        if !ok {
            return Err(err());
        }
    }
    let parts: Vec<&str> = name.split('/').collect();
    let has_registry = parts.len() > 1 && (parts[0].contains('.') || parts[0].contains(':') || parts[0] == "localhost");
    let path_parts = if has_registry { &parts[1..] } else { &parts[..] };
    if path_parts.is_empty() || !path_parts.iter().all(|p| valid_component(p)) {
        return Err(err());
    }
    let repository = if has_registry {
        name.to_string()
    } else if parts.len() == 1 {
        format!("docker.io/library/{}", name)
    } else {
        format!("docker.io/{}", name)
    };
    Ok(ImageRef { repository, tag, digest })
}

/// Whether the registry has this tag: `latest`, a version (`1.25`, `v1.34.1`, `3.6.4-0`), or one
/// of the named tags images publish (`alpine`, `stable`, `bookworm`…). `doesnotexist` is not.
fn tag_exists(tag: &str) -> bool {
    const NAMED: &[&str] = &["latest", "stable", "mainline", "alpine", "slim", "perl", "otel", "musl", "glibc", "uclibc", "edge", "bookworm", "trixie", "bullseye", "jammy", "noble", "focal"];
    let first = tag.split(['-', '.']).next().unwrap_or(tag);
    NAMED.contains(&first) || tag.trim_start_matches('v').starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the registry has this repository at all (a missing tag of a known repository is "not
/// found"; an unknown repository is "pull access denied", as Docker Hub answers both).
pub fn repository_exists(r: &ImageRef) -> bool {
    CATALOG.iter().any(|c| c.0 == r.repository)
}

pub fn lookup(r: &ImageRef) -> Option<ImageInfo> {
    if r.tag.as_deref().is_some_and(|t| !tag_exists(t)) {
        return None;
    }
    let entry = CATALOG.iter().find(|c| c.0 == r.repository)?;
    if r.digest.as_deref().is_some_and(|d| d != entry.2) {
        return None;
    }
    Some(ImageInfo {
        repository: entry.0,
        size_bytes: entry.1,
        digest: entry.2,
        handles_stop_signal: entry.3,
        stop_time: Duration::from_millis(entry.4),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_references_like_docker() {
        assert_eq!(parse_image("nginx").unwrap().full(), "docker.io/library/nginx:latest");
        assert_eq!(parse_image("nginx:1.25").unwrap().full(), "docker.io/library/nginx:1.25");
        assert_eq!(parse_image("bitnami/nginx").unwrap().full(), "docker.io/bitnami/nginx:latest");
        assert_eq!(parse_image("registry.k8s.io/pause:3.10").unwrap().full(), "registry.k8s.io/pause:3.10");
        assert_eq!(parse_image("localhost:5000/app:v1").unwrap().repository, "localhost:5000/app");
        for bad in ["Nginx", "nginx:", "<your-private-image>", "ng inx", ""] {
            assert!(parse_image(bad).is_err(), "{:?} should be invalid", bad);
        }
        assert!(lookup(&parse_image("nginx:1.27").unwrap()).is_some());
        assert!(lookup(&parse_image("nginxx").unwrap()).is_none());
        assert!(lookup(&parse_image("nginx:doesnotexist").unwrap()).is_none());
        for ok in ["nginx:1.25", "nginx:stable-alpine", "busybox:1.36", "registry.k8s.io/etcd:3.6.4-0", "registry.k8s.io/kube-proxy:v1.34.1", "ubuntu:noble"] {
            assert!(lookup(&parse_image(ok).unwrap()).is_some(), "{}", ok);
        }
    }
}
