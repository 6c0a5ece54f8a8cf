
mod cel_device_selector;
pub use self::cel_device_selector::CELDeviceSelector;

mod device_selector;
pub use self::device_selector::DeviceSelector;

mod device_taint;
pub use self::device_taint::DeviceTaint;

mod device_taint_rule;
pub use self::device_taint_rule::DeviceTaintRule;

mod device_taint_rule_spec;
pub use self::device_taint_rule_spec::DeviceTaintRuleSpec;

mod device_taint_selector;
pub use self::device_taint_selector::DeviceTaintSelector;
