// Generated from definition io.k8s.api.core.v1.Volume

#[derive(Debug, Default, PartialEq)]
pub struct Volume {
    pub aws_elastic_block_store: Option<std::boxed::Box<crate::api::core::v1::AWSElasticBlockStoreVolumeSource>>,

    pub azure_disk: Option<std::boxed::Box<crate::api::core::v1::AzureDiskVolumeSource>>,

    pub azure_file: Option<std::boxed::Box<crate::api::core::v1::AzureFileVolumeSource>>,

    pub cephfs: Option<std::boxed::Box<crate::api::core::v1::CephFSVolumeSource>>,

    pub cinder: Option<std::boxed::Box<crate::api::core::v1::CinderVolumeSource>>,

    pub config_map: Option<std::boxed::Box<crate::api::core::v1::ConfigMapVolumeSource>>,

    pub csi: Option<std::boxed::Box<crate::api::core::v1::CSIVolumeSource>>,

    pub downward_api: Option<crate::api::core::v1::DownwardAPIVolumeSource>,

    pub empty_dir: Option<std::boxed::Box<crate::api::core::v1::EmptyDirVolumeSource>>,

    pub ephemeral: Option<std::boxed::Box<crate::api::core::v1::EphemeralVolumeSource>>,

    pub fc: Option<std::boxed::Box<crate::api::core::v1::FCVolumeSource>>,

    pub flex_volume: Option<std::boxed::Box<crate::api::core::v1::FlexVolumeSource>>,

    pub flocker: Option<std::boxed::Box<crate::api::core::v1::FlockerVolumeSource>>,

    pub gce_persistent_disk: Option<std::boxed::Box<crate::api::core::v1::GCEPersistentDiskVolumeSource>>,

    pub git_repo: Option<std::boxed::Box<crate::api::core::v1::GitRepoVolumeSource>>,

    pub glusterfs: Option<std::boxed::Box<crate::api::core::v1::GlusterfsVolumeSource>>,

    pub host_path: Option<std::boxed::Box<crate::api::core::v1::HostPathVolumeSource>>,

    pub image: Option<std::boxed::Box<crate::api::core::v1::ImageVolumeSource>>,

    pub iscsi: Option<std::boxed::Box<crate::api::core::v1::ISCSIVolumeSource>>,

    pub name: std::string::String,

    pub nfs: Option<std::boxed::Box<crate::api::core::v1::NFSVolumeSource>>,

    pub persistent_volume_claim: Option<crate::api::core::v1::PersistentVolumeClaimVolumeSource>,

    pub photon_persistent_disk: Option<std::boxed::Box<crate::api::core::v1::PhotonPersistentDiskVolumeSource>>,

    pub portworx_volume: Option<std::boxed::Box<crate::api::core::v1::PortworxVolumeSource>>,

    pub projected: Option<crate::api::core::v1::ProjectedVolumeSource>,

    pub quobyte: Option<std::boxed::Box<crate::api::core::v1::QuobyteVolumeSource>>,

    pub rbd: Option<std::boxed::Box<crate::api::core::v1::RBDVolumeSource>>,

    pub scale_io: Option<std::boxed::Box<crate::api::core::v1::ScaleIOVolumeSource>>,

    pub secret: Option<std::boxed::Box<crate::api::core::v1::SecretVolumeSource>>,

    pub storageos: Option<std::boxed::Box<crate::api::core::v1::StorageOSVolumeSource>>,

    pub vsphere_volume: Option<std::boxed::Box<crate::api::core::v1::VsphereVirtualDiskVolumeSource>>,
}

impl crate::DeepMerge for Volume {
    fn merge_from(&mut self, other: Self) {
        crate::DeepMerge::merge_from(&mut self.aws_elastic_block_store, other.aws_elastic_block_store);
        crate::DeepMerge::merge_from(&mut self.azure_disk, other.azure_disk);
        crate::DeepMerge::merge_from(&mut self.azure_file, other.azure_file);
        crate::DeepMerge::merge_from(&mut self.cephfs, other.cephfs);
        crate::DeepMerge::merge_from(&mut self.cinder, other.cinder);
        crate::DeepMerge::merge_from(&mut self.config_map, other.config_map);
        crate::DeepMerge::merge_from(&mut self.csi, other.csi);
        crate::DeepMerge::merge_from(&mut self.downward_api, other.downward_api);
        crate::DeepMerge::merge_from(&mut self.empty_dir, other.empty_dir);
        crate::DeepMerge::merge_from(&mut self.ephemeral, other.ephemeral);
        crate::DeepMerge::merge_from(&mut self.fc, other.fc);
        crate::DeepMerge::merge_from(&mut self.flex_volume, other.flex_volume);
        crate::DeepMerge::merge_from(&mut self.flocker, other.flocker);
        crate::DeepMerge::merge_from(&mut self.gce_persistent_disk, other.gce_persistent_disk);
        crate::DeepMerge::merge_from(&mut self.git_repo, other.git_repo);
        crate::DeepMerge::merge_from(&mut self.glusterfs, other.glusterfs);
        crate::DeepMerge::merge_from(&mut self.host_path, other.host_path);
        crate::DeepMerge::merge_from(&mut self.image, other.image);
        crate::DeepMerge::merge_from(&mut self.iscsi, other.iscsi);
        crate::DeepMerge::merge_from(&mut self.name, other.name);
        crate::DeepMerge::merge_from(&mut self.nfs, other.nfs);
        crate::DeepMerge::merge_from(&mut self.persistent_volume_claim, other.persistent_volume_claim);
        crate::DeepMerge::merge_from(&mut self.photon_persistent_disk, other.photon_persistent_disk);
        crate::DeepMerge::merge_from(&mut self.portworx_volume, other.portworx_volume);
        crate::DeepMerge::merge_from(&mut self.projected, other.projected);
        crate::DeepMerge::merge_from(&mut self.quobyte, other.quobyte);
        crate::DeepMerge::merge_from(&mut self.rbd, other.rbd);
        crate::DeepMerge::merge_from(&mut self.scale_io, other.scale_io);
        crate::DeepMerge::merge_from(&mut self.secret, other.secret);
        crate::DeepMerge::merge_from(&mut self.storageos, other.storageos);
        crate::DeepMerge::merge_from(&mut self.vsphere_volume, other.vsphere_volume);
    }
}

impl<'de> crate::serde::Deserialize<'de> for Volume {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error> where D: crate::serde::Deserializer<'de> {
        #[allow(non_camel_case_types)]
        enum Field {
            Key_aws_elastic_block_store,
            Key_azure_disk,
            Key_azure_file,
            Key_cephfs,
            Key_cinder,
            Key_config_map,
            Key_csi,
            Key_downward_api,
            Key_empty_dir,
            Key_ephemeral,
            Key_fc,
            Key_flex_volume,
            Key_flocker,
            Key_gce_persistent_disk,
            Key_git_repo,
            Key_glusterfs,
            Key_host_path,
            Key_image,
            Key_iscsi,
            Key_name,
            Key_nfs,
            Key_persistent_volume_claim,
            Key_photon_persistent_disk,
            Key_portworx_volume,
            Key_projected,
            Key_quobyte,
            Key_rbd,
            Key_scale_io,
            Key_secret,
            Key_storageos,
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
                            "awsElasticBlockStore" => Field::Key_aws_elastic_block_store,
                            "azureDisk" => Field::Key_azure_disk,
                            "azureFile" => Field::Key_azure_file,
                            "cephfs" => Field::Key_cephfs,
                            "cinder" => Field::Key_cinder,
                            "configMap" => Field::Key_config_map,
                            "csi" => Field::Key_csi,
                            "downwardAPI" => Field::Key_downward_api,
                            "emptyDir" => Field::Key_empty_dir,
                            "ephemeral" => Field::Key_ephemeral,
                            "fc" => Field::Key_fc,
                            "flexVolume" => Field::Key_flex_volume,
                            "flocker" => Field::Key_flocker,
                            "gcePersistentDisk" => Field::Key_gce_persistent_disk,
                            "gitRepo" => Field::Key_git_repo,
                            "glusterfs" => Field::Key_glusterfs,
                            "hostPath" => Field::Key_host_path,
                            "image" => Field::Key_image,
                            "iscsi" => Field::Key_iscsi,
                            "name" => Field::Key_name,
                            "nfs" => Field::Key_nfs,
                            "persistentVolumeClaim" => Field::Key_persistent_volume_claim,
                            "photonPersistentDisk" => Field::Key_photon_persistent_disk,
                            "portworxVolume" => Field::Key_portworx_volume,
                            "projected" => Field::Key_projected,
                            "quobyte" => Field::Key_quobyte,
                            "rbd" => Field::Key_rbd,
                            "scaleIO" => Field::Key_scale_io,
                            "secret" => Field::Key_secret,
                            "storageos" => Field::Key_storageos,
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
            type Value = Volume;

            fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str("Volume")
            }

            fn visit_map<A>(self, mut map: A) -> Result<Self::Value, A::Error> where A: crate::serde::de::MapAccess<'de> {
                let mut value_aws_elastic_block_store: Option<std::boxed::Box<crate::api::core::v1::AWSElasticBlockStoreVolumeSource>> = None;
                let mut value_azure_disk: Option<std::boxed::Box<crate::api::core::v1::AzureDiskVolumeSource>> = None;
                let mut value_azure_file: Option<std::boxed::Box<crate::api::core::v1::AzureFileVolumeSource>> = None;
                let mut value_cephfs: Option<std::boxed::Box<crate::api::core::v1::CephFSVolumeSource>> = None;
                let mut value_cinder: Option<std::boxed::Box<crate::api::core::v1::CinderVolumeSource>> = None;
                let mut value_config_map: Option<std::boxed::Box<crate::api::core::v1::ConfigMapVolumeSource>> = None;
                let mut value_csi: Option<std::boxed::Box<crate::api::core::v1::CSIVolumeSource>> = None;
                let mut value_downward_api: Option<crate::api::core::v1::DownwardAPIVolumeSource> = None;
                let mut value_empty_dir: Option<std::boxed::Box<crate::api::core::v1::EmptyDirVolumeSource>> = None;
                let mut value_ephemeral: Option<std::boxed::Box<crate::api::core::v1::EphemeralVolumeSource>> = None;
                let mut value_fc: Option<std::boxed::Box<crate::api::core::v1::FCVolumeSource>> = None;
                let mut value_flex_volume: Option<std::boxed::Box<crate::api::core::v1::FlexVolumeSource>> = None;
                let mut value_flocker: Option<std::boxed::Box<crate::api::core::v1::FlockerVolumeSource>> = None;
                let mut value_gce_persistent_disk: Option<std::boxed::Box<crate::api::core::v1::GCEPersistentDiskVolumeSource>> = None;
                let mut value_git_repo: Option<std::boxed::Box<crate::api::core::v1::GitRepoVolumeSource>> = None;
                let mut value_glusterfs: Option<std::boxed::Box<crate::api::core::v1::GlusterfsVolumeSource>> = None;
                let mut value_host_path: Option<std::boxed::Box<crate::api::core::v1::HostPathVolumeSource>> = None;
                let mut value_image: Option<std::boxed::Box<crate::api::core::v1::ImageVolumeSource>> = None;
                let mut value_iscsi: Option<std::boxed::Box<crate::api::core::v1::ISCSIVolumeSource>> = None;
                let mut value_name: Option<std::string::String> = None;
                let mut value_nfs: Option<std::boxed::Box<crate::api::core::v1::NFSVolumeSource>> = None;
                let mut value_persistent_volume_claim: Option<crate::api::core::v1::PersistentVolumeClaimVolumeSource> = None;
                let mut value_photon_persistent_disk: Option<std::boxed::Box<crate::api::core::v1::PhotonPersistentDiskVolumeSource>> = None;
                let mut value_portworx_volume: Option<std::boxed::Box<crate::api::core::v1::PortworxVolumeSource>> = None;
                let mut value_projected: Option<crate::api::core::v1::ProjectedVolumeSource> = None;
                let mut value_quobyte: Option<std::boxed::Box<crate::api::core::v1::QuobyteVolumeSource>> = None;
                let mut value_rbd: Option<std::boxed::Box<crate::api::core::v1::RBDVolumeSource>> = None;
                let mut value_scale_io: Option<std::boxed::Box<crate::api::core::v1::ScaleIOVolumeSource>> = None;
                let mut value_secret: Option<std::boxed::Box<crate::api::core::v1::SecretVolumeSource>> = None;
                let mut value_storageos: Option<std::boxed::Box<crate::api::core::v1::StorageOSVolumeSource>> = None;
                let mut value_vsphere_volume: Option<std::boxed::Box<crate::api::core::v1::VsphereVirtualDiskVolumeSource>> = None;

                while let Some(key) = crate::serde::de::MapAccess::next_key::<Field>(&mut map)? {
                    match key {
                        Field::Key_aws_elastic_block_store => value_aws_elastic_block_store = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_azure_disk => value_azure_disk = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_azure_file => value_azure_file = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_cephfs => value_cephfs = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_cinder => value_cinder = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_config_map => value_config_map = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_csi => value_csi = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_downward_api => value_downward_api = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_empty_dir => value_empty_dir = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_ephemeral => value_ephemeral = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_fc => value_fc = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_flex_volume => value_flex_volume = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_flocker => value_flocker = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_gce_persistent_disk => value_gce_persistent_disk = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_git_repo => value_git_repo = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_glusterfs => value_glusterfs = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_host_path => value_host_path = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_image => value_image = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_iscsi => value_iscsi = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_name => value_name = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_nfs => value_nfs = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_persistent_volume_claim => value_persistent_volume_claim = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_photon_persistent_disk => value_photon_persistent_disk = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_portworx_volume => value_portworx_volume = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_projected => value_projected = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_quobyte => value_quobyte = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_rbd => value_rbd = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_scale_io => value_scale_io = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_secret => value_secret = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_storageos => value_storageos = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Key_vsphere_volume => value_vsphere_volume = crate::serde::de::MapAccess::next_value(&mut map)?,
                        Field::Other => { let _: crate::serde::de::IgnoredAny = crate::serde::de::MapAccess::next_value(&mut map)?; },
                    }
                }

                Ok(Volume {
                    aws_elastic_block_store: value_aws_elastic_block_store,
                    azure_disk: value_azure_disk,
                    azure_file: value_azure_file,
                    cephfs: value_cephfs,
                    cinder: value_cinder,
                    config_map: value_config_map,
                    csi: value_csi,
                    downward_api: value_downward_api,
                    empty_dir: value_empty_dir,
                    ephemeral: value_ephemeral,
                    fc: value_fc,
                    flex_volume: value_flex_volume,
                    flocker: value_flocker,
                    gce_persistent_disk: value_gce_persistent_disk,
                    git_repo: value_git_repo,
                    glusterfs: value_glusterfs,
                    host_path: value_host_path,
                    image: value_image,
                    iscsi: value_iscsi,
                    name: value_name.unwrap_or_default(),
                    nfs: value_nfs,
                    persistent_volume_claim: value_persistent_volume_claim,
                    photon_persistent_disk: value_photon_persistent_disk,
                    portworx_volume: value_portworx_volume,
                    projected: value_projected,
                    quobyte: value_quobyte,
                    rbd: value_rbd,
                    scale_io: value_scale_io,
                    secret: value_secret,
                    storageos: value_storageos,
                    vsphere_volume: value_vsphere_volume,
                })
            }
        }

        deserializer.deserialize_struct(
            "Volume",
            &[
                "awsElasticBlockStore",
                "azureDisk",
                "azureFile",
                "cephfs",
                "cinder",
                "configMap",
                "csi",
                "downwardAPI",
                "emptyDir",
                "ephemeral",
                "fc",
                "flexVolume",
                "flocker",
                "gcePersistentDisk",
                "gitRepo",
                "glusterfs",
                "hostPath",
                "image",
                "iscsi",
                "name",
                "nfs",
                "persistentVolumeClaim",
                "photonPersistentDisk",
                "portworxVolume",
                "projected",
                "quobyte",
                "rbd",
                "scaleIO",
                "secret",
                "storageos",
                "vsphereVolume",
            ],
            Visitor,
        )
    }
}

impl crate::serde::Serialize for Volume {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error> where S: crate::serde::Serializer {
        let mut state = serializer.serialize_struct(
            "Volume",
            1 +
            self.aws_elastic_block_store.as_ref().map_or(0, |_| 1) +
            self.azure_disk.as_ref().map_or(0, |_| 1) +
            self.azure_file.as_ref().map_or(0, |_| 1) +
            self.cephfs.as_ref().map_or(0, |_| 1) +
            self.cinder.as_ref().map_or(0, |_| 1) +
            self.config_map.as_ref().map_or(0, |_| 1) +
            self.csi.as_ref().map_or(0, |_| 1) +
            self.downward_api.as_ref().map_or(0, |_| 1) +
            self.empty_dir.as_ref().map_or(0, |_| 1) +
            self.ephemeral.as_ref().map_or(0, |_| 1) +
            self.fc.as_ref().map_or(0, |_| 1) +
            self.flex_volume.as_ref().map_or(0, |_| 1) +
            self.flocker.as_ref().map_or(0, |_| 1) +
            self.gce_persistent_disk.as_ref().map_or(0, |_| 1) +
            self.git_repo.as_ref().map_or(0, |_| 1) +
            self.glusterfs.as_ref().map_or(0, |_| 1) +
            self.host_path.as_ref().map_or(0, |_| 1) +
            self.image.as_ref().map_or(0, |_| 1) +
            self.iscsi.as_ref().map_or(0, |_| 1) +
            self.nfs.as_ref().map_or(0, |_| 1) +
            self.persistent_volume_claim.as_ref().map_or(0, |_| 1) +
            self.photon_persistent_disk.as_ref().map_or(0, |_| 1) +
            self.portworx_volume.as_ref().map_or(0, |_| 1) +
            self.projected.as_ref().map_or(0, |_| 1) +
            self.quobyte.as_ref().map_or(0, |_| 1) +
            self.rbd.as_ref().map_or(0, |_| 1) +
            self.scale_io.as_ref().map_or(0, |_| 1) +
            self.secret.as_ref().map_or(0, |_| 1) +
            self.storageos.as_ref().map_or(0, |_| 1) +
            self.vsphere_volume.as_ref().map_or(0, |_| 1),
        )?;
        if let Some(value) = &self.aws_elastic_block_store {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "awsElasticBlockStore", value)?;
        }
        if let Some(value) = &self.azure_disk {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "azureDisk", value)?;
        }
        if let Some(value) = &self.azure_file {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "azureFile", value)?;
        }
        if let Some(value) = &self.cephfs {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "cephfs", value)?;
        }
        if let Some(value) = &self.cinder {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "cinder", value)?;
        }
        if let Some(value) = &self.config_map {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "configMap", value)?;
        }
        if let Some(value) = &self.csi {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "csi", value)?;
        }
        if let Some(value) = &self.downward_api {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "downwardAPI", value)?;
        }
        if let Some(value) = &self.empty_dir {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "emptyDir", value)?;
        }
        if let Some(value) = &self.ephemeral {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "ephemeral", value)?;
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
        if let Some(value) = &self.git_repo {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "gitRepo", value)?;
        }
        if let Some(value) = &self.glusterfs {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "glusterfs", value)?;
        }
        if let Some(value) = &self.host_path {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "hostPath", value)?;
        }
        if let Some(value) = &self.image {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "image", value)?;
        }
        if let Some(value) = &self.iscsi {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "iscsi", value)?;
        }
        crate::serde::ser::SerializeStruct::serialize_field(&mut state, "name", &self.name)?;
        if let Some(value) = &self.nfs {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "nfs", value)?;
        }
        if let Some(value) = &self.persistent_volume_claim {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "persistentVolumeClaim", value)?;
        }
        if let Some(value) = &self.photon_persistent_disk {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "photonPersistentDisk", value)?;
        }
        if let Some(value) = &self.portworx_volume {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "portworxVolume", value)?;
        }
        if let Some(value) = &self.projected {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "projected", value)?;
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
        if let Some(value) = &self.secret {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "secret", value)?;
        }
        if let Some(value) = &self.storageos {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "storageos", value)?;
        }
        if let Some(value) = &self.vsphere_volume {
            crate::serde::ser::SerializeStruct::serialize_field(&mut state, "vsphereVolume", value)?;
        }
        crate::serde::ser::SerializeStruct::end(state)
    }
}

#[allow(non_upper_case_globals)]
static Volume_JSON: [crate::json::Field<Volume>; 31] = unsafe { [
        crate::json::Field::opt("awsElasticBlockStore", core::mem::offset_of!(Volume, aws_elastic_block_store), |s: &Volume| &s.aws_elastic_block_store),
        crate::json::Field::opt("azureDisk", core::mem::offset_of!(Volume, azure_disk), |s: &Volume| &s.azure_disk),
        crate::json::Field::opt("azureFile", core::mem::offset_of!(Volume, azure_file), |s: &Volume| &s.azure_file),
        crate::json::Field::opt("cephfs", core::mem::offset_of!(Volume, cephfs), |s: &Volume| &s.cephfs),
        crate::json::Field::opt("cinder", core::mem::offset_of!(Volume, cinder), |s: &Volume| &s.cinder),
        crate::json::Field::opt("configMap", core::mem::offset_of!(Volume, config_map), |s: &Volume| &s.config_map),
        crate::json::Field::opt("csi", core::mem::offset_of!(Volume, csi), |s: &Volume| &s.csi),
        crate::json::Field::opt("downwardAPI", core::mem::offset_of!(Volume, downward_api), |s: &Volume| &s.downward_api),
        crate::json::Field::opt("emptyDir", core::mem::offset_of!(Volume, empty_dir), |s: &Volume| &s.empty_dir),
        crate::json::Field::opt("ephemeral", core::mem::offset_of!(Volume, ephemeral), |s: &Volume| &s.ephemeral),
        crate::json::Field::opt("fc", core::mem::offset_of!(Volume, fc), |s: &Volume| &s.fc),
        crate::json::Field::opt("flexVolume", core::mem::offset_of!(Volume, flex_volume), |s: &Volume| &s.flex_volume),
        crate::json::Field::opt("flocker", core::mem::offset_of!(Volume, flocker), |s: &Volume| &s.flocker),
        crate::json::Field::opt("gcePersistentDisk", core::mem::offset_of!(Volume, gce_persistent_disk), |s: &Volume| &s.gce_persistent_disk),
        crate::json::Field::opt("gitRepo", core::mem::offset_of!(Volume, git_repo), |s: &Volume| &s.git_repo),
        crate::json::Field::opt("glusterfs", core::mem::offset_of!(Volume, glusterfs), |s: &Volume| &s.glusterfs),
        crate::json::Field::opt("hostPath", core::mem::offset_of!(Volume, host_path), |s: &Volume| &s.host_path),
        crate::json::Field::opt("image", core::mem::offset_of!(Volume, image), |s: &Volume| &s.image),
        crate::json::Field::opt("iscsi", core::mem::offset_of!(Volume, iscsi), |s: &Volume| &s.iscsi),
        crate::json::Field::req("name", core::mem::offset_of!(Volume, name), |s: &Volume| &s.name),
        crate::json::Field::opt("nfs", core::mem::offset_of!(Volume, nfs), |s: &Volume| &s.nfs),
        crate::json::Field::opt("persistentVolumeClaim", core::mem::offset_of!(Volume, persistent_volume_claim), |s: &Volume| &s.persistent_volume_claim),
        crate::json::Field::opt("photonPersistentDisk", core::mem::offset_of!(Volume, photon_persistent_disk), |s: &Volume| &s.photon_persistent_disk),
        crate::json::Field::opt("portworxVolume", core::mem::offset_of!(Volume, portworx_volume), |s: &Volume| &s.portworx_volume),
        crate::json::Field::opt("projected", core::mem::offset_of!(Volume, projected), |s: &Volume| &s.projected),
        crate::json::Field::opt("quobyte", core::mem::offset_of!(Volume, quobyte), |s: &Volume| &s.quobyte),
        crate::json::Field::opt("rbd", core::mem::offset_of!(Volume, rbd), |s: &Volume| &s.rbd),
        crate::json::Field::opt("scaleIO", core::mem::offset_of!(Volume, scale_io), |s: &Volume| &s.scale_io),
        crate::json::Field::opt("secret", core::mem::offset_of!(Volume, secret), |s: &Volume| &s.secret),
        crate::json::Field::opt("storageos", core::mem::offset_of!(Volume, storageos), |s: &Volume| &s.storageos),
        crate::json::Field::opt("vsphereVolume", core::mem::offset_of!(Volume, vsphere_volume), |s: &Volume| &s.vsphere_volume),
] };

impl crate::json::Json for Volume {
    const TABLE: bool = true;
    const OPT_OPS: crate::json::Ops = crate::json::ops_opt_struct::<Self>;
    const REQ_OPS: Option<crate::json::Ops> = Some(crate::json::ops_req_struct::<Self>);
    const SHAPE: Option<&'static crate::json::Shape> = Some(&crate::json::Shape::of::<Self>("Volume", &Volume_JSON));
    #[inline(never)]
    fn decode(d: &mut crate::json::Dec<'_>) -> Result<Self, crate::json::Error> {
        d.table("Volume", &Volume_JSON)
    }
    fn encode(&self, e: &mut crate::json::Enc) {
        e.table(&Volume_JSON, self)
    }
}

impl Clone for Volume {
    #[inline(never)]
    fn clone(&self) -> Self {
        crate::json::clone_table(&Volume_JSON, self)
    }
}
