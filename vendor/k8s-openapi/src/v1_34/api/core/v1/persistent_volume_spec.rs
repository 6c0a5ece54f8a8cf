// Generated from definition io.k8s.api.core.v1.PersistentVolumeSpec

#[derive(Debug, Default, PartialEq)]
pub struct PersistentVolumeSpec {
    pub access_modes: Option<std::vec::Vec<std::string::String>>,

    pub aws_elastic_block_store: Option<std::boxed::Box<crate::api::core::v1::AWSElasticBlockStoreVolumeSource>>,

    pub azure_disk: Option<std::boxed::Box<crate::api::core::v1::AzureDiskVolumeSource>>,

    pub azure_file: Option<std::boxed::Box<crate::api::core::v1::AzureFilePersistentVolumeSource>>,

    pub capacity: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>>,

    pub cephfs: Option<std::boxed::Box<crate::api::core::v1::CephFSPersistentVolumeSource>>,

    pub cinder: Option<std::boxed::Box<crate::api::core::v1::CinderPersistentVolumeSource>>,

    pub claim_ref: Option<std::boxed::Box<crate::api::core::v1::ObjectReference>>,

    pub csi: Option<std::boxed::Box<crate::api::core::v1::CSIPersistentVolumeSource>>,

    pub fc: Option<std::boxed::Box<crate::api::core::v1::FCVolumeSource>>,

    pub flex_volume: Option<std::boxed::Box<crate::api::core::v1::FlexPersistentVolumeSource>>,

    pub flocker: Option<std::boxed::Box<crate::api::core::v1::FlockerVolumeSource>>,

    pub gce_persistent_disk: Option<std::boxed::Box<crate::api::core::v1::GCEPersistentDiskVolumeSource>>,

    pub glusterfs: Option<std::boxed::Box<crate::api::core::v1::GlusterfsPersistentVolumeSource>>,

    pub host_path: Option<std::boxed::Box<crate::api::core::v1::HostPathVolumeSource>>,

    pub iscsi: Option<std::boxed::Box<crate::api::core::v1::ISCSIPersistentVolumeSource>>,

    pub local: Option<std::boxed::Box<crate::api::core::v1::LocalVolumeSource>>,

    pub mount_options: Option<std::vec::Vec<std::string::String>>,

    pub nfs: Option<std::boxed::Box<crate::api::core::v1::NFSVolumeSource>>,

    pub node_affinity: Option<crate::api::core::v1::VolumeNodeAffinity>,

    pub persistent_volume_reclaim_policy: Option<std::string::String>,

    pub photon_persistent_disk: Option<std::boxed::Box<crate::api::core::v1::PhotonPersistentDiskVolumeSource>>,

    pub portworx_volume: Option<std::boxed::Box<crate::api::core::v1::PortworxVolumeSource>>,

    pub quobyte: Option<std::boxed::Box<crate::api::core::v1::QuobyteVolumeSource>>,

    pub rbd: Option<std::boxed::Box<crate::api::core::v1::RBDPersistentVolumeSource>>,

    pub scale_io: Option<std::boxed::Box<crate::api::core::v1::ScaleIOPersistentVolumeSource>>,

    pub storage_class_name: Option<std::string::String>,

    pub storageos: Option<std::boxed::Box<crate::api::core::v1::StorageOSPersistentVolumeSource>>,

    pub volume_attributes_class_name: Option<std::string::String>,

    pub volume_mode: Option<std::string::String>,

    pub vsphere_volume: Option<std::boxed::Box<crate::api::core::v1::VsphereVirtualDiskVolumeSource>>,
}

impl crate::DeepMerge for PersistentVolumeSpec {
    fn merge_from(&mut self, other: Self) {
        crate::merge_strategies::list::atomic(&mut self.access_modes, other.access_modes);
        crate::DeepMerge::merge_from(&mut self.aws_elastic_block_store, other.aws_elastic_block_store);
        crate::DeepMerge::merge_from(&mut self.azure_disk, other.azure_disk);
        crate::DeepMerge::merge_from(&mut self.azure_file, other.azure_file);
        crate::merge_strategies::map::granular(&mut self.capacity, other.capacity, |current_item, other_item| {
            crate::DeepMerge::merge_from(current_item, other_item);
        });
        crate::DeepMerge::merge_from(&mut self.cephfs, other.cephfs);
        crate::DeepMerge::merge_from(&mut self.cinder, other.cinder);
        crate::DeepMerge::merge_from(&mut self.claim_ref, other.claim_ref);
        crate::DeepMerge::merge_from(&mut self.csi, other.csi);
        crate::DeepMerge::merge_from(&mut self.fc, other.fc);
        crate::DeepMerge::merge_from(&mut self.flex_volume, other.flex_volume);
        crate::DeepMerge::merge_from(&mut self.flocker, other.flocker);
        crate::DeepMerge::merge_from(&mut self.gce_persistent_disk, other.gce_persistent_disk);
        crate::DeepMerge::merge_from(&mut self.glusterfs, other.glusterfs);
        crate::DeepMerge::merge_from(&mut self.host_path, other.host_path);
        crate::DeepMerge::merge_from(&mut self.iscsi, other.iscsi);
        crate::DeepMerge::merge_from(&mut self.local, other.local);
        crate::merge_strategies::list::atomic(&mut self.mount_options, other.mount_options);
        crate::DeepMerge::merge_from(&mut self.nfs, other.nfs);
        crate::DeepMerge::merge_from(&mut self.node_affinity, other.node_affinity);
        crate::DeepMerge::merge_from(&mut self.persistent_volume_reclaim_policy, other.persistent_volume_reclaim_policy);
        crate::DeepMerge::merge_from(&mut self.photon_persistent_disk, other.photon_persistent_disk);
        crate::DeepMerge::merge_from(&mut self.portworx_volume, other.portworx_volume);
        crate::DeepMerge::merge_from(&mut self.quobyte, other.quobyte);
        crate::DeepMerge::merge_from(&mut self.rbd, other.rbd);
        crate::DeepMerge::merge_from(&mut self.scale_io, other.scale_io);
        crate::DeepMerge::merge_from(&mut self.storage_class_name, other.storage_class_name);
        crate::DeepMerge::merge_from(&mut self.storageos, other.storageos);
        crate::DeepMerge::merge_from(&mut self.volume_attributes_class_name, other.volume_attributes_class_name);
        crate::DeepMerge::merge_from(&mut self.volume_mode, other.volume_mode);
        crate::DeepMerge::merge_from(&mut self.vsphere_volume, other.vsphere_volume);
    }
}

impl<'de> crate::serde::Deserialize<'de> for PersistentVolumeSpec {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_access_modes,
            Key_aws_elastic_block_store,
            Key_azure_disk,
            Key_azure_file,
            Key_capacity,
            Key_cephfs,
            Key_cinder,
            Key_claim_ref,
            Key_csi,
            Key_fc,
            Key_flex_volume,
            Key_flocker,
            Key_gce_persistent_disk,
            Key_glusterfs,
            Key_host_path,
            Key_iscsi,
            Key_local,
            Key_mount_options,
            Key_nfs,
            Key_node_affinity,
            Key_persistent_volume_reclaim_policy,
            Key_photon_persistent_disk,
            Key_portworx_volume,
            Key_quobyte,
            Key_rbd,
            Key_scale_io,
            Key_storage_class_name,
            Key_storageos,
            Key_volume_attributes_class_name,
            Key_volume_mode,
            Key_vsphere_volume,
            Other,
        }

        impl<'de> crate::serde::Deserialize<'de> for Field {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
                struct Visitor;

                impl crate::serde::de::Visitor<'_> for Visitor {
                    type Value = Field;

                    fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                        f.write_str("field identifier")
                    }

                    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> where E: crate::serde::de::Error {
                        Ok(match v {
                            "accessModes" => Field::Key_access_modes,
                            "awsElasticBlockStore" => Field::Key_aws_elastic_block_store,
                            "azureDisk" => Field::Key_azure_disk,
                            "azureFile" => Field::Key_azure_file,
                            "capacity" => Field::Key_capacity,
                            "cephfs" => Field::Key_cephfs,
                            "cinder" => Field::Key_cinder,
                            "claimRef" => Field::Key_claim_ref,
                            "csi" => Field::Key_csi,
                            "fc" => Field::Key_fc,
                            "flexVolume" => Field::Key_flex_volume,
                            "flocker" => Field::Key_flocker,
                            "gcePersistentDisk" => Field::Key_gce_persistent_disk,
                            "glusterfs" => Field::Key_glusterfs,
                            "hostPath" => Field::Key_host_path,
                            "iscsi" => Field::Key_iscsi,
                            "local" => Field::Key_local,
                            "mountOptions" => Field::Key_mount_options,
                            "nfs" => Field::Key_nfs,
                            "nodeAffinity" => Field::Key_node_affinity,
                            "persistentVolumeReclaimPolicy" => Field::Key_persistent_volume_reclaim_policy,
                            "photonPersistentDisk" => Field::Key_photon_persistent_disk,
                            "portworxVolume" => Field::Key_portworx_volume,
                            "quobyte" => Field::Key_quobyte,
                            "rbd" => Field::Key_rbd,
                            "scaleIO" => Field::Key_scale_io,
                            "storageClassName" => Field::Key_storage_class_name,
                            "storageos" => Field::Key_storageos,
                            "volumeAttributesClassName" => Field::Key_volume_attributes_class_name,
                            "volumeMode" => Field::Key_volume_mode,
                            "vsphereVolume" => Field::Key_vsphere_volume,
                            _ => Field::Other,
                        })
                    }
                }

                deserializer.deserialize_identifier(Visitor)
            }
        }

        struct Visitor;

        impl<'de> crate::serde::de::Visitor<'de> for Visitor {
            type Value = PersistentVolumeSpec;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("PersistentVolumeSpec")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_access_modes: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_aws_elastic_block_store: Option<std::boxed::Box<crate::api::core::v1::AWSElasticBlockStoreVolumeSource>> = None;
                let mut value_azure_disk: Option<std::boxed::Box<crate::api::core::v1::AzureDiskVolumeSource>> = None;
                let mut value_azure_file: Option<std::boxed::Box<crate::api::core::v1::AzureFilePersistentVolumeSource>> = None;
                let mut value_capacity: Option<std::collections::BTreeMap<std::string::String, crate::apimachinery::pkg::api::resource::Quantity>> = None;
                let mut value_cephfs: Option<std::boxed::Box<crate::api::core::v1::CephFSPersistentVolumeSource>> = None;
                let mut value_cinder: Option<std::boxed::Box<crate::api::core::v1::CinderPersistentVolumeSource>> = None;
                let mut value_claim_ref: Option<std::boxed::Box<crate::api::core::v1::ObjectReference>> = None;
                let mut value_csi: Option<std::boxed::Box<crate::api::core::v1::CSIPersistentVolumeSource>> = None;
                let mut value_fc: Option<std::boxed::Box<crate::api::core::v1::FCVolumeSource>> = None;
                let mut value_flex_volume: Option<std::boxed::Box<crate::api::core::v1::FlexPersistentVolumeSource>> = None;
                let mut value_flocker: Option<std::boxed::Box<crate::api::core::v1::FlockerVolumeSource>> = None;
                let mut value_gce_persistent_disk: Option<std::boxed::Box<crate::api::core::v1::GCEPersistentDiskVolumeSource>> = None;
                let mut value_glusterfs: Option<std::boxed::Box<crate::api::core::v1::GlusterfsPersistentVolumeSource>> = None;
                let mut value_host_path: Option<std::boxed::Box<crate::api::core::v1::HostPathVolumeSource>> = None;
                let mut value_iscsi: Option<std::boxed::Box<crate::api::core::v1::ISCSIPersistentVolumeSource>> = None;
                let mut value_local: Option<std::boxed::Box<crate::api::core::v1::LocalVolumeSource>> = None;
                let mut value_mount_options: Option<std::vec::Vec<std::string::String>> = None;
                let mut value_nfs: Option<std::boxed::Box<crate::api::core::v1::NFSVolumeSource>> = None;
                let mut value_node_affinity: Option<crate::api::core::v1::VolumeNodeAffinity> = None;
                let mut value_persistent_volume_reclaim_policy: Option<std::string::String> = None;
                let mut value_photon_persistent_disk: Option<std::boxed::Box<crate::api::core::v1::PhotonPersistentDiskVolumeSource>> = None;
                let mut value_portworx_volume: Option<std::boxed::Box<crate::api::core::v1::PortworxVolumeSource>> = None;
                let mut value_quobyte: Option<std::boxed::Box<crate::api::core::v1::QuobyteVolumeSource>> = None;
                let mut value_rbd: Option<std::boxed::Box<crate::api::core::v1::RBDPersistentVolumeSource>> = None;
                let mut value_scale_io: Option<std::boxed::Box<crate::api::core::v1::ScaleIOPersistentVolumeSource>> = None;
                let mut value_storage_class_name: Option<std::string::String> = None;
                let mut value_storageos: Option<std::boxed::Box<crate::api::core::v1::StorageOSPersistentVolumeSource>> = None;
                let mut value_volume_attributes_class_name: Option<std::string::String> = None;
                let mut value_volume_mode: Option<std::string::String> = None;
                let mut value_vsphere_volume: Option<std::boxed::Box<crate::api::core::v1::VsphereVirtualDiskVolumeSource>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_access_modes => value_access_modes = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_aws_elastic_block_store => value_aws_elastic_block_store = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_azure_disk => value_azure_disk = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_azure_file => value_azure_file = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_capacity => value_capacity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_cephfs => value_cephfs = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_cinder => value_cinder = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_claim_ref => value_claim_ref = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_csi => value_csi = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_fc => value_fc = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_flex_volume => value_flex_volume = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_flocker => value_flocker = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_gce_persistent_disk => value_gce_persistent_disk = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_glusterfs => value_glusterfs = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_path => value_host_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_iscsi => value_iscsi = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_local => value_local = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_mount_options => value_mount_options = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_nfs => value_nfs = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_node_affinity => value_node_affinity = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_persistent_volume_reclaim_policy => value_persistent_volume_reclaim_policy = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_photon_persistent_disk => value_photon_persistent_disk = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_portworx_volume => value_portworx_volume = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_quobyte => value_quobyte = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_rbd => value_rbd = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_scale_io => value_scale_io = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_storage_class_name => value_storage_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_storageos => value_storageos = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_volume_attributes_class_name => value_volume_attributes_class_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_volume_mode => value_volume_mode = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_vsphere_volume => value_vsphere_volume = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(PersistentVolumeSpec {
                    access_modes: value_access_modes,
                    aws_elastic_block_store: value_aws_elastic_block_store,
                    azure_disk: value_azure_disk,
                    azure_file: value_azure_file,
                    capacity: value_capacity,
                    cephfs: value_cephfs,
                    cinder: value_cinder,
                    claim_ref: value_claim_ref,
                    csi: value_csi,
                    fc: value_fc,
                    flex_volume: value_flex_volume,
                    flocker: value_flocker,
                    gce_persistent_disk: value_gce_persistent_disk,
                    glusterfs: value_glusterfs,
                    host_path: value_host_path,
                    iscsi: value_iscsi,
                    local: value_local,
                    mount_options: value_mount_options,
                    nfs: value_nfs,
                    node_affinity: value_node_affinity,
                    persistent_volume_reclaim_policy: value_persistent_volume_reclaim_policy,
                    photon_persistent_disk: value_photon_persistent_disk,
                    portworx_volume: value_portworx_volume,
                    quobyte: value_quobyte,
                    rbd: value_rbd,
                    scale_io: value_scale_io,
                    storage_class_name: value_storage_class_name,
                    storageos: value_storageos,
                    volume_attributes_class_name: value_volume_attributes_class_name,
                    volume_mode: value_volume_mode,
                    vsphere_volume: value_vsphere_volume,
                })
            }
        }

        deserializer.deserialize_struct(
            "PersistentVolumeSpec",
            &[
                "accessModes",
                "awsElasticBlockStore",
                "azureDisk",
                "azureFile",
                "capacity",
                "cephfs",
                "cinder",
                "claimRef",
                "csi",
                "fc",
                "flexVolume",
                "flocker",
                "gcePersistentDisk",
                "glusterfs",
                "hostPath",
                "iscsi",
                "local",
                "mountOptions",
                "nfs",
                "nodeAffinity",
                "persistentVolumeReclaimPolicy",
                "photonPersistentDisk",
                "portworxVolume",
                "quobyte",
                "rbd",
                "scaleIO",
                "storageClassName",
                "storageos",
                "volumeAttributesClassName",
                "volumeMode",
                "vsphereVolume",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for PersistentVolumeSpec {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "PersistentVolumeSpec",
            self.access_modes.as_ref().map_or(0, |_| 1) +
            self.aws_elastic_block_store.as_ref().map_or(0, |_| 1) +
            self.azure_disk.as_ref().map_or(0, |_| 1) +
            self.azure_file.as_ref().map_or(0, |_| 1) +
            self.capacity.as_ref().map_or(0, |_| 1) +
            self.cephfs.as_ref().map_or(0, |_| 1) +
            self.cinder.as_ref().map_or(0, |_| 1) +
            self.claim_ref.as_ref().map_or(0, |_| 1) +
            self.csi.as_ref().map_or(0, |_| 1) +
            self.fc.as_ref().map_or(0, |_| 1) +
            self.flex_volume.as_ref().map_or(0, |_| 1) +
            self.flocker.as_ref().map_or(0, |_| 1) +
            self.gce_persistent_disk.as_ref().map_or(0, |_| 1) +
            self.glusterfs.as_ref().map_or(0, |_| 1) +
            self.host_path.as_ref().map_or(0, |_| 1) +
            self.iscsi.as_ref().map_or(0, |_| 1) +
            self.local.as_ref().map_or(0, |_| 1) +
            self.mount_options.as_ref().map_or(0, |_| 1) +
            self.nfs.as_ref().map_or(0, |_| 1) +
            self.node_affinity.as_ref().map_or(0, |_| 1) +
            self.persistent_volume_reclaim_policy.as_ref().map_or(0, |_| 1) +
            self.photon_persistent_disk.as_ref().map_or(0, |_| 1) +
            self.portworx_volume.as_ref().map_or(0, |_| 1) +
            self.quobyte.as_ref().map_or(0, |_| 1) +
            self.rbd.as_ref().map_or(0, |_| 1) +
            self.scale_io.as_ref().map_or(0, |_| 1) +
            self.storage_class_name.as_ref().map_or(0, |_| 1) +
            self.storageos.as_ref().map_or(0, |_| 1) +
            self.volume_attributes_class_name.as_ref().map_or(0, |_| 1) +
            self.volume_mode.as_ref().map_or(0, |_| 1) +
            self.vsphere_volume.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.access_modes {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "accessModes", value)?;
        }
        if let Some(value) = &self.aws_elastic_block_store {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "awsElasticBlockStore", value)?;
        }
        if let Some(value) = &self.azure_disk {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "azureDisk", value)?;
        }
        if let Some(value) = &self.azure_file {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "azureFile", value)?;
        }
        if let Some(value) = &self.capacity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "capacity", value)?;
        }
        if let Some(value) = &self.cephfs {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "cephfs", value)?;
        }
        if let Some(value) = &self.cinder {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "cinder", value)?;
        }
        if let Some(value) = &self.claim_ref {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "claimRef", value)?;
        }
        if let Some(value) = &self.csi {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "csi", value)?;
        }
        if let Some(value) = &self.fc {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "fc", value)?;
        }
        if let Some(value) = &self.flex_volume {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "flexVolume", value)?;
        }
        if let Some(value) = &self.flocker {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "flocker", value)?;
        }
        if let Some(value) = &self.gce_persistent_disk {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "gcePersistentDisk", value)?;
        }
        if let Some(value) = &self.glusterfs {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "glusterfs", value)?;
        }
        if let Some(value) = &self.host_path {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostPath", value)?;
        }
        if let Some(value) = &self.iscsi {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "iscsi", value)?;
        }
        if let Some(value) = &self.local {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "local", value)?;
        }
        if let Some(value) = &self.mount_options {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "mountOptions", value)?;
        }
        if let Some(value) = &self.nfs {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nfs", value)?;
        }
        if let Some(value) = &self.node_affinity {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nodeAffinity", value)?;
        }
        if let Some(value) = &self.persistent_volume_reclaim_policy {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "persistentVolumeReclaimPolicy", value)?;
        }
        if let Some(value) = &self.photon_persistent_disk {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "photonPersistentDisk", value)?;
        }
        if let Some(value) = &self.portworx_volume {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "portworxVolume", value)?;
        }
        if let Some(value) = &self.quobyte {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "quobyte", value)?;
        }
        if let Some(value) = &self.rbd {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "rbd", value)?;
        }
        if let Some(value) = &self.scale_io {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "scaleIO", value)?;
        }
        if let Some(value) = &self.storage_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "storageClassName", value)?;
        }
        if let Some(value) = &self.storageos {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "storageos", value)?;
        }
        if let Some(value) = &self.volume_attributes_class_name {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "volumeAttributesClassName", value)?;
        }
        if let Some(value) = &self.volume_mode {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "volumeMode", value)?;
        }
        if let Some(value) = &self.vsphere_volume {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "vsphereVolume", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static PersistentVolumeSpec_JSON: [crate::json::Field<PersistentVolumeSpec>; 31] = unsafe { [
        crate::json::Field::opt("accessModes", core::mem::offset_of!(PersistentVolumeSpec, access_modes), |s: &PersistentVolumeSpec| &s.access_modes),
        crate::json::Field::opt("awsElasticBlockStore", core::mem::offset_of!(PersistentVolumeSpec, aws_elastic_block_store), |s: &PersistentVolumeSpec| &s.aws_elastic_block_store),
        crate::json::Field::opt("azureDisk", core::mem::offset_of!(PersistentVolumeSpec, azure_disk), |s: &PersistentVolumeSpec| &s.azure_disk),
        crate::json::Field::opt("azureFile", core::mem::offset_of!(PersistentVolumeSpec, azure_file), |s: &PersistentVolumeSpec| &s.azure_file),
        crate::json::Field::opt("capacity", core::mem::offset_of!(PersistentVolumeSpec, capacity), |s: &PersistentVolumeSpec| &s.capacity),
        crate::json::Field::opt("cephfs", core::mem::offset_of!(PersistentVolumeSpec, cephfs), |s: &PersistentVolumeSpec| &s.cephfs),
        crate::json::Field::opt("cinder", core::mem::offset_of!(PersistentVolumeSpec, cinder), |s: &PersistentVolumeSpec| &s.cinder),
        crate::json::Field::opt("claimRef", core::mem::offset_of!(PersistentVolumeSpec, claim_ref), |s: &PersistentVolumeSpec| &s.claim_ref),
        crate::json::Field::opt("csi", core::mem::offset_of!(PersistentVolumeSpec, csi), |s: &PersistentVolumeSpec| &s.csi),
        crate::json::Field::opt("fc", core::mem::offset_of!(PersistentVolumeSpec, fc), |s: &PersistentVolumeSpec| &s.fc),
        crate::json::Field::opt("flexVolume", core::mem::offset_of!(PersistentVolumeSpec, flex_volume), |s: &PersistentVolumeSpec| &s.flex_volume),
        crate::json::Field::opt("flocker", core::mem::offset_of!(PersistentVolumeSpec, flocker), |s: &PersistentVolumeSpec| &s.flocker),
        crate::json::Field::opt("gcePersistentDisk", core::mem::offset_of!(PersistentVolumeSpec, gce_persistent_disk), |s: &PersistentVolumeSpec| &s.gce_persistent_disk),
        crate::json::Field::opt("glusterfs", core::mem::offset_of!(PersistentVolumeSpec, glusterfs), |s: &PersistentVolumeSpec| &s.glusterfs),
        crate::json::Field::opt("hostPath", core::mem::offset_of!(PersistentVolumeSpec, host_path), |s: &PersistentVolumeSpec| &s.host_path),
        crate::json::Field::opt("iscsi", core::mem::offset_of!(PersistentVolumeSpec, iscsi), |s: &PersistentVolumeSpec| &s.iscsi),
        crate::json::Field::opt("local", core::mem::offset_of!(PersistentVolumeSpec, local), |s: &PersistentVolumeSpec| &s.local),
        crate::json::Field::opt("mountOptions", core::mem::offset_of!(PersistentVolumeSpec, mount_options), |s: &PersistentVolumeSpec| &s.mount_options),
        crate::json::Field::opt("nfs", core::mem::offset_of!(PersistentVolumeSpec, nfs), |s: &PersistentVolumeSpec| &s.nfs),
        crate::json::Field::opt("nodeAffinity", core::mem::offset_of!(PersistentVolumeSpec, node_affinity), |s: &PersistentVolumeSpec| &s.node_affinity),
        crate::json::Field::opt("persistentVolumeReclaimPolicy", core::mem::offset_of!(PersistentVolumeSpec, persistent_volume_reclaim_policy), |s: &PersistentVolumeSpec| &s.persistent_volume_reclaim_policy),
        crate::json::Field::opt("photonPersistentDisk", core::mem::offset_of!(PersistentVolumeSpec, photon_persistent_disk), |s: &PersistentVolumeSpec| &s.photon_persistent_disk),
        crate::json::Field::opt("portworxVolume", core::mem::offset_of!(PersistentVolumeSpec, portworx_volume), |s: &PersistentVolumeSpec| &s.portworx_volume),
        crate::json::Field::opt("quobyte", core::mem::offset_of!(PersistentVolumeSpec, quobyte), |s: &PersistentVolumeSpec| &s.quobyte),
        crate::json::Field::opt("rbd", core::mem::offset_of!(PersistentVolumeSpec, rbd), |s: &PersistentVolumeSpec| &s.rbd),
        crate::json::Field::opt("scaleIO", core::mem::offset_of!(PersistentVolumeSpec, scale_io), |s: &PersistentVolumeSpec| &s.scale_io),
        crate::json::Field::opt("storageClassName", core::mem::offset_of!(PersistentVolumeSpec, storage_class_name), |s: &PersistentVolumeSpec| &s.storage_class_name),
        crate::json::Field::opt("storageos", core::mem::offset_of!(PersistentVolumeSpec, storageos), |s: &PersistentVolumeSpec| &s.storageos),
        crate::json::Field::opt("volumeAttributesClassName", core::mem::offset_of!(PersistentVolumeSpec, volume_attributes_class_name), |s: &PersistentVolumeSpec| &s.volume_attributes_class_name),
        crate::json::Field::opt("volumeMode", core::mem::offset_of!(PersistentVolumeSpec, volume_mode), |s: &PersistentVolumeSpec| &s.volume_mode),
        crate::json::Field::opt("vsphereVolume", core::mem::offset_of!(PersistentVolumeSpec, vsphere_volume), |s: &PersistentVolumeSpec| &s.vsphere_volume),
] };

impl crate::json::Json for PersistentVolumeSpec {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("PersistentVolumeSpec", &PersistentVolumeSpec_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("PersistentVolumeSpec", &PersistentVolumeSpec_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&PersistentVolumeSpec_JSON, self)
    }
}

impl Clone for PersistentVolumeSpec {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&PersistentVolumeSpec_JSON, self)
    }
}
