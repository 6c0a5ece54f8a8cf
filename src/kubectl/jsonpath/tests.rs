//! Unit tests of the JSONPath parser and evaluator. The expected texts were checked with
//! `kubectl.1.33 annotate --local -f pod.json z=z -o jsonpath=…` on the same object.

use super::*;
use crate::json;

fn pod() -> Value {
    json!({
        "kind": "Pod",
        "metadata": {"name": "web", "labels": {"app": "web", "tier": "fe"}, "annotations": {"a.b/c": "x"}},
        "spec": {"containers": [
            {"name": "nginx", "image": "nginx:1.25", "ports": [{"containerPort": 80}]},
            {"name": "side", "image": "busybox"}
        ]},
        "status": {"ratio": 0.5, "ready": true, "gone": null}
    })
}

fn run(t: &str) -> Result<String, String> {
    JsonPath::parse(t)?.execute(&pod())
}

fn run_missing(t: &str) -> Result<String, String> {
    JsonPath::parse(t)?.allow_missing_keys(true).execute(&pod())
}

#[test]
fn fields_indexes_and_text() {
    // kubectl.1.33 label --local -f pod.yaml x=y -o jsonpath=…
    assert_eq!(run("{.metadata.name} {.spec.containers[*].name}").unwrap(), "web nginx side");
    assert_eq!(run(".metadata.name").unwrap(), ".metadata.name");
    assert_eq!(run("{.spec.containers[0].ports[0].containerPort}").unwrap(), "80");
    assert_eq!(run("{.metadata.labels}").unwrap(), r#"{"app":"web","tier":"fe"}"#);
    assert_eq!(run("{.spec.containers[-1].name}").unwrap(), "side");
    assert_eq!(run("{.spec.containers[-2:].name}").unwrap(), "nginx side");
    assert_eq!(run("{.spec.containers[::2].name}").unwrap(), "nginx");
    assert_eq!(run("{.spec.containers[0,1].image}").unwrap(), "nginx:1.25 busybox");
    assert_eq!(run("{.spec.containers[1:1].name}").unwrap(), "");
    assert_eq!(run("{.spec.containers[]}").unwrap(), r#"{"image":"nginx:1.25","name":"nginx","ports":[{"containerPort":80}]}"#);
    assert_eq!(run("{.metadata.labels['app','tier']}").unwrap(), "web fe");
    assert_eq!(run("{.metadata.annotations.a\\.b/c}").unwrap(), "x");
    assert_eq!(run("{.status.ratio} {.status.ready} {.status.gone}").unwrap(), "0.5 true null");
    assert_eq!(run(r#"{range .spec.containers[*]}{.name}{"\t"}{.image}{"\n"}{end}"#).unwrap(), "nginx\tnginx:1.25\nside\tbusybox\n");
    assert_eq!(run("{..containerPort}").unwrap(), "80");
    assert_eq!(run("{.metadata.labels.*}").unwrap(), "web fe");
    assert_eq!(run("{.metadata.name.*}").unwrap(), "119 101 98");

    assert_eq!(run("{5}{-1.5}{true}{'a\\'b'}").unwrap(), "5-1.5truea'b");
    assert_eq!(run("{$.kind}{@.kind}").unwrap(), "PodPod");
}

#[test]
fn filters() {
    assert_eq!(run(r#"{.spec.containers[?(@.name=="side")].image}"#).unwrap(), "busybox");
    assert_eq!(run(r#"{.spec.containers[?(@.name!="side")].image}"#).unwrap(), "nginx:1.25");
    assert_eq!(run("{.spec.containers[?(@.ports)].name}").unwrap(), "nginx");
    assert_eq!(run_missing("{.spec.containers[?(@.ports[0].containerPort>=80)].name}").unwrap(), "nginx");
    assert_eq!(run("{.spec.containers[?(@.ports[0].containerPort>=80)].name}").unwrap_err(), "ports is not found");
    assert_eq!(run_missing("{.spec.containers[?(@.ports[0].containerPort<80)].name}").unwrap(), "");
    // Upstream's quirk: an index error inside an existence filter keeps the element.
    assert_eq!(run_missing("{.spec.containers[?(@.ports[5])].name}").unwrap(), "nginx");
    assert_eq!(run("{.spec.containers[?(@.nope)].name}").unwrap(), "");
    assert_eq!(run_missing("{.spec.containers[?(@.ports[0].containerPort>79.5)].name}").unwrap_err(), "incompatible types for comparison");
    assert_eq!(run_missing(r#"{.spec.containers[?(@.ports[0].containerPort=="80")].name}"#).unwrap_err(), "incompatible types for comparison");
    assert_eq!(run_missing("{.spec.containers[?(@.name=side)].name}").unwrap_err(), "unrecognized identifier side");
    assert_eq!(run_missing(r#"{.spec.containers[?(@.name="side")].name}"#).unwrap_err(), "unrecognized filter operator =");
    assert_eq!(run_missing("{.metadata[?(@.x)]}").unwrap_err(), "map[annotations:map[a.b/c:x] labels:map[app:web tier:fe] name:web] is not array or slice and cannot be filtered");
}

#[test]
fn upstream_errors() {
    // kubectl.1.33: "error parsing jsonpath {.a, unclosed action" and friends.
    let parse = |t: &str| JsonPath::parse(t).unwrap_err();
    assert_eq!(parse("{.a"), "unclosed action");
    assert_eq!(parse("{.x[a]}"), "invalid array index a");
    assert_eq!(parse("{.x[1}"), "unterminated array");
    assert_eq!(parse(r#"{.spec.containers[?(@.name=~"ng.*")].image}"#), "unrecognized character in action: U+007E '~'");
    assert_eq!(parse("{\t}"), "unrecognized character in action: U+0009");
    assert_eq!(parse("{....a}"), "invalid multiple recursive descent");
    assert_eq!(parse(r#"{"abc}"#), "unterminated quoted string");
    assert_eq!(parse(r#"{"a\qb"}"#), r#"unquote string "a\qb" error invalid syntax"#);
    assert_eq!(parse("{.x[?(@.a}"), "unterminated filter");
    assert_eq!(parse("{.x[?(@.a)}"), "unclosed array expect ]");
    assert_eq!(parse("{-}"), "cannot parse number -");
    assert_eq!(parse("{.x[-]}"), "array index - is not a number");
    assert_eq!(run("{.nope}").unwrap_err(), "nope is not found");
    assert_eq!(run_missing("{.nope}").unwrap(), "");
    assert_eq!(run("{.spec.containers[5].name}").unwrap_err(), "array index out of bounds: index 5, length 2");
    assert_eq!(run("{.spec.containers[0:5]}").unwrap_err(), "array index out of bounds: index 4, length 2");
    assert_eq!(run("{.spec.containers[1:0]}").unwrap_err(), "starting index 1 is greater than ending index 0");
    assert_eq!(run("{.spec.containers[0:2:0]}").unwrap_err(), "step must be > 0");
    assert_eq!(run("{.metadata.name[0]}").unwrap_err(), "string is not array or slice");
    assert_eq!(run("{.metadata[0]}").unwrap_err(), "map[string]interface {} is not array or slice");
    assert_eq!(run("{end}").unwrap_err(), "not in range, nothing to end");
    assert_eq!(run("{metadata.name}").unwrap_err(), "unrecognized identifier metadata");
}

#[test]
fn relaxed_expressions() {
    for e in ["metadata.name", ".metadata.name", "{metadata.name}", "{.metadata.name}"] {
        assert_eq!(relaxed(e).unwrap(), "{.metadata.name}");
    }
    assert_eq!(relaxed("").unwrap(), "");
    assert_eq!(relaxed(".").unwrap(), "{..}");
    assert!(relaxed("{.a}{.b}").unwrap_err().starts_with("unexpected path string, expected a 'name1.name2'"));
}

#[test]
fn json_output_and_ranges_over_nothing() {
    let mut jp = JsonPath::parse("{.spec.containers[*].name}{.kind}").unwrap().enable_json_output(true);
    assert_eq!(jp.execute(&pod()).unwrap(), "[\n    \"nginx\",\n    \"side\"\n]\n[\n    \"Pod\"\n]\n");
    assert_eq!(run_missing("{range .nope[*]}{.x}{end}after").unwrap(), "after");
    assert_eq!(run_missing("{range .spec.containers[*]}[{range .ports[*]}{.containerPort}{end}]{end}").unwrap(), "[80][]");
}

/// Odd templates never panic: every prefix and a set of mangled variants parse and run or fail.
#[test]
fn odd_templates_do_not_panic() {
    let seeds = [
        r#"{range .spec.containers[*]}{.name}{"\n"}{end}"#,
        r#"{.spec.containers[?(@.name=="side")].image}"#,
        "{..x}{.a[1:2:3]}{.b['c','d']}{@}{$}{end}{range}",
        "{.x[-9223372036854775808]}{.x[9223372036854775807]}{.x[:-1]}{.x[::-1]}",
        "{\"\\u00e9\\x41\\101\\U0001F600\"}{'é'}{ü.ö}{.é[0]}",
        "{[?(@)]}{[?(@<@)]}{[?(==)]}{[,]}{['']}{[?(\"a)\")]}",
    ];
    let data = pod();
    for seed in seeds {
        let chars: Vec<char> = seed.chars().collect();
        for end in 0..=chars.len() {
            let t: String = chars[..end].iter().collect();
            for variant in [t.clone(), t.replace('.', ".."), t.replace(']', ""), t.replace('{', "{{"), t.replace('}', "}}"), t.chars().rev().collect()] {
                if let Ok(jp) = JsonPath::parse(&variant) {
                    let _ = jp.clone().execute(&data);
                    let _ = jp.allow_missing_keys(true).execute(&data);
                }
                let _ = relaxed(&variant);
            }
        }
    }
}
