
mod cluster_trust_bundle;
pub use self::cluster_trust_bundle::ClusterTrustBundle;

mod cluster_trust_bundle_spec;
pub use self::cluster_trust_bundle_spec::ClusterTrustBundleSpec;

mod pod_certificate_request;
pub use self::pod_certificate_request::PodCertificateRequest;

mod pod_certificate_request_spec;
pub use self::pod_certificate_request_spec::PodCertificateRequestSpec;

mod pod_certificate_request_status;
pub use self::pod_certificate_request_status::PodCertificateRequestStatus;
