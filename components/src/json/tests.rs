use super::*;
use proptest::prelude::*;

/// The same document as serde_json reads it, for comparing.
fn from_serde(v: &serde_json::Value) -> Json {
    match v {
        serde_json::Value::Null => Json::Null,
        serde_json::Value::Bool(b) => Json::Bool(*b),
        serde_json::Value::Number(n) => Json::Number(n.to_string()),
        serde_json::Value::String(s) => Json::String(s.clone()),
        serde_json::Value::Array(a) => Json::Array(a.iter().map(from_serde).collect()),
        serde_json::Value::Object(o) => {
            Json::Object(o.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect())
        }
    }
}

fn any_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<u32>().prop_map(|n| serde_json::json!(n)),
        any::<i32>().prop_map(|n| serde_json::json!(n)),
        any::<String>().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Whatever serde_json writes, compact or pretty, reads back as the same tree.
    #[test]
    fn reads_what_serde_json_writes(value in any_value()) {
        let expected = from_serde(&value);
        prop_assert_eq!(parse(&value.to_string()), Ok(expected.clone()));
        let pretty = serde_json::to_string_pretty(&value).unwrap_or_default();
        prop_assert_eq!(parse(&pretty), Ok(expected));
    }

    /// A quoted text is read back as itself, by serde_json and by this reader.
    #[test]
    fn quote_round_trips(text in any::<String>()) {
        let quoted = quote(&text);
        prop_assert_eq!(serde_json::from_str::<String>(&quoted).ok(), Some(text.clone()));
        prop_assert_eq!(parse(&quoted), Ok(Json::String(text)));
    }

    /// Any text at all gives a tree or an error, never a panic; and agrees with serde_json
    /// on whether it is JSON (serde_json takes repeated names, this reader refuses them).
    #[test]
    fn never_panics(text in "[\\[\\]{}\":,0-9a-z\\\\ .eE+-]{0,40}") {
        let ours = parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        if ours.is_ok() {
            prop_assert!(theirs.is_ok(), "accepted {text:?}");
        }
    }
}

#[test]
fn escapes_and_surrogate_pairs() {
    assert_eq!(
        parse(r#""a\"b\\c\/d\b\f\n\r\t\u00e4\ud83d\ude00""#),
        Ok(Json::String("a\"b\\c/d\u{8}\u{c}\n\r\tä😀".into()))
    );
    assert!(parse(r#""\ud83d""#).is_err());
    assert!(parse(r#""\ude00""#).is_err());
    assert!(parse(r#""\x""#).is_err());
    // Four hex digits, no sign (u32::from_str_radix alone takes "+041").
    for signed in [r#""\u+041""#, r#""\u-041""#, r#""\u 041""#, r#""\u004""#] {
        assert!(parse(signed).is_err(), "{signed}");
        assert!(serde_json::from_str::<String>(signed).is_err(), "{signed}");
    }
    assert_eq!(parse(r#""\u0041""#), Ok(Json::String("A".into())));
    assert!(parse("\"tab\there\"").is_err());
}

#[test]
fn syntax_errors_say_where() {
    let cases = [
        (
            "",
            "the document ends where a value should be at line 1 column 1",
        ),
        (
            "{\"a\": 1,\n  }",
            "expected a member name in quotes at line 2 column 3",
        ),
        ("[1 2]", "expected , or ] at line 1 column 4"),
        ("{\"a\" 1}", "expected : at line 1 column 6"),
        (
            "{\"a\": 1, \"a\": 2}",
            "member \"a\" appears twice at line 1 column 13",
        ),
        ("[01]", "invalid number at line 1 column 4"),
        ("[1.]", "invalid number at line 1 column 4"),
        ("nul", "expected a value at line 1 column 1"),
        (
            "{} x",
            "unexpected text after the end of the document at line 1 column 4",
        ),
        (
            "\"open",
            "the document ends inside a string at line 1 column 6",
        ),
    ];
    for (text, message) in cases {
        assert_eq!(
            parse(text).map_err(|e| e.to_string()),
            Err(message.to_string()),
            "{text:?}"
        );
    }
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    assert!(parse(&deep).is_err());
    let fine = format!("{}{}", "[".repeat(60), "]".repeat(60));
    assert!(parse(&fine).is_ok());
}

#[test]
fn members_say_what_is_wrong_and_where() {
    fn item(v: &Json) -> Result<(String, u32), JsonError> {
        let mut m = v.members()?;
        let read = (
            m.required("name", Json::string)?,
            m.or_default("count", Json::uint)?,
        );
        m.strict()?;
        Ok(read)
    }
    fn doc(v: &Json) -> Result<Vec<(String, u32)>, JsonError> {
        let mut m = v.members()?;
        let items = m.required("items", |v| v.list(item))?;
        m.strict()?;
        Ok(items)
    }
    let read = |text: &str| parse(text).and_then(|v| doc(&v)).map_err(|e| e.to_string());
    assert_eq!(
        read(r#"{"items": [{"name": "a"}, {"name": "b", "count": 2}]}"#),
        Ok(vec![("a".into(), 0), ("b".into(), 2)])
    );
    assert_eq!(
        read(r#"{"items": [{"name": "a"}, {"name": 5}]}"#),
        Err("items[1].name: expected text, found a number".into())
    );
    assert_eq!(
        read(r#"{"items": [{"name": "a", "colour": "red"}]}"#),
        Err("items[0]: unknown member \"colour\"".into())
    );
    assert_eq!(
        read(r#"{"items": [{"name": "a", "count": -1}]}"#),
        Err("items[0].count: expected a whole number, found -1".into())
    );
    assert_eq!(read(r#"{}"#), Err("member \"items\" is missing".into()));
    assert_eq!(
        read(r#"[]"#),
        Err("expected an object, found a list".into())
    );
}
