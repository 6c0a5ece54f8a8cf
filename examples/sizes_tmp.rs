use k8s_openapi::api::core::v1::*;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::*;
fn main() {
    macro_rules! p { ($($t:ty),*) => { $( println!("{:<40} {}", stringify!($t), std::mem::size_of::<$t>()); )* } }
    p!(Pod, PodSpec, PodStatus, Container, ContainerStatus, ContainerState, Volume, VolumeMount, ObjectMeta, PodCondition, Toleration, SecurityContext, Probe, ResourceRequirements, EnvVar, ContainerPort, Time, String, ManagedFieldsEntry, OwnerReference, ProjectedVolumeSource, VolumeProjection, k8s_openapi::api::events::v1::Event, k8s_openapi::api::core::v1::Event, PodIP, EphemeralContainer);
}
