//! How kubectl turns failures into text (`cmdutil.CheckErr`, `StandardErrorMessage`,
//! `MultilineError`, `AddSourceToErr`): everything to stderr, exit code 1.

use serde_json::Value;

/// An API error as kubectl received it.
#[derive(Clone, Debug)]
pub struct StatusError {
    pub code: u16,
    pub reason: String,
    pub message: String,
    pub details: Value,
}

impl StatusError {
    pub fn from_body(code: u16, body: &str) -> Self {
        let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
        if v.get("kind").and_then(Value::as_str) != Some("Status") && v.get("status").is_none() {
            return Self::generic(code, body);
        }
        StatusError {
            code,
            reason: v["reason"].as_str().unwrap_or("").to_string(),
            message: v["message"].as_str().unwrap_or(body).to_string(),
            details: v["details"].clone(),
        }
    }
    /// A response that is no `Status` (a page a proxied server answered): client-go's
    /// `NewGenericServerResponse`, its words for the code.
    fn generic(code: u16, body: &str) -> Self {
        let (reason, message) = match code {
            409 => ("Conflict", "the server reported a conflict".to_string()),
            404 => ("NotFound", "the server could not find the requested resource".into()),
            400 => ("BadRequest", "the server rejected our request for an unknown reason".into()),
            401 => ("Unauthorized", "the server has asked for the client to provide credentials".into()),
            403 => ("Forbidden", body.trim().to_string()),
            405 => ("MethodNotAllowed", "the server does not allow this method on the requested resource".into()),
            422 => ("Invalid", "the server rejected our request due to an error in our request".into()),
            429 => ("TooManyRequests", "the server has received too many requests and has asked us to try again later".into()),
            503 => ("ServiceUnavailable", "the server is currently unable to handle the request".into()),
            504 => ("Timeout", "the server was unable to return a response in the time allotted, but may still be processing the request".into()),
            c if c >= 500 => ("InternalError", format!("an error on the server ({:?}) has prevented the request from succeeding", body.trim())),
            c => ("", format!("the server responded with the status code {} but did not return more information", c)),
        };
        StatusError { code, reason: reason.into(), message, details: Value::Null }
    }
    pub fn is_not_found(&self) -> bool {
        self.reason == "NotFound"
    }
    /// `AddSourceToErr`: `error when creating "rc.yaml": …` in front of the message.
    pub fn with_source(mut self, verb: &str, source: &str) -> Self {
        if !source.is_empty() {
            self.message = format!("error when {} {:?}: {}", verb, source, self.message);
        }
        self
    }
    /// The text `checkErr` prints, with its trailing newline.
    pub fn render(&self) -> String {
        if self.reason == "Invalid" {
            let d = &self.details;
            if d.is_null() {
                return if self.message.is_empty() { "The request is invalid\n".into() } else { format!("The request is invalid: {}\n", self.message) };
            }
            let kind = d["kind"].as_str().unwrap_or("");
            let name = d["name"].as_str().unwrap_or("");
            let prefix = if !kind.is_empty() || !name.is_empty() {
                format!("The {} {:?} is invalid", kind, name)
            } else {
                "The request is invalid".to_string()
            };
            let mut causes: Vec<String> = d["causes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| format!("{}: {}", c["field"].as_str().unwrap_or(""), c["message"].as_str().unwrap_or("")))
                .collect();
            causes.dedup();
            return match causes.len() {
                0 => format!("{}\n", prefix),
                1 => format!("{}: {}\n", prefix, causes[0]),
                _ => {
                    let mut s = format!("{}: \n", prefix);
                    for c in causes {
                        s.push_str(&format!("* {}\n", c));
                    }
                    s
                }
            };
        }
        if self.reason.is_empty() {
            format!("Error from server: {}\n", self.message)
        } else if self.reason == "Unauthorized" {
            format!("error: You must be logged in to the server ({})\n", self.message)
        } else {
            format!("Error from server ({}): {}\n", self.reason, self.message)
        }
    }
}

/// A plain error: `error: ` in front unless it already starts with it.
pub fn plain(msg: &str) -> String {
    if msg.starts_with("error: ") {
        format!("{}\n", msg)
    } else {
        format!("error: {}\n", msg)
    }
}
