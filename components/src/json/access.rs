//! Taking values out of a [`Json`] tree, with errors that say what was found and where.

use super::{Json, JsonError};
use std::collections::BTreeMap;

impl Json {
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }

    fn expected(&self, what: &str) -> JsonError {
        JsonError::new(format!("expected {what}, found {}", self.kind()))
    }

    /// The text of a string.
    pub fn str(&self) -> Result<&str, JsonError> {
        match self {
            Json::String(s) => Ok(s),
            other => Err(other.expected("text")),
        }
    }

    /// The text of a string, owned.
    pub fn string(&self) -> Result<String, JsonError> {
        self.str().map(str::to_string)
    }

    /// `true` or `false`.
    pub fn bool(&self) -> Result<bool, JsonError> {
        match self {
            Json::Bool(b) => Ok(*b),
            other => Err(other.expected("true or false")),
        }
    }

    /// A whole number from 0 to `u32::MAX`.
    pub fn uint(&self) -> Result<u32, JsonError> {
        match self {
            Json::Number(n) => n
                .parse()
                .map_err(|_| JsonError::new(format!("expected a whole number, found {n}"))),
            other => Err(other.expected("a whole number")),
        }
    }

    /// The items of a list, each read by `read` (an error says which item).
    pub fn list<T>(&self, read: fn(&Json) -> Result<T, JsonError>) -> Result<Vec<T>, JsonError> {
        match self {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| read(item).map_err(|e| e.at_index(i)))
                .collect(),
            other => Err(other.expected("a list")),
        }
    }

    /// The members of an object, to be taken one by one.
    pub fn members(&self) -> Result<Members<'_>, JsonError> {
        match self {
            Json::Object(list) => Ok(Members {
                list,
                taken: vec![false; list.len()],
            }),
            other => Err(other.expected("an object")),
        }
    }

    /// A value of a closed set, by its name in the file (`name` gives each value's name).
    pub fn one_of<T: Copy>(
        &self,
        values: &[T],
        name: fn(T) -> &'static str,
    ) -> Result<T, JsonError> {
        named(self.str()?, values, name)
    }

    /// An object whose member names are values of a closed set (`name` gives each value's
    /// name), each member read by `read`.
    pub fn map_of<K: Copy + Ord, V>(
        &self,
        keys: &[K],
        name: fn(K) -> &'static str,
        read: fn(&Json) -> Result<V, JsonError>,
    ) -> Result<BTreeMap<K, V>, JsonError> {
        let mut map = BTreeMap::new();
        for (member, value) in self.members()?.rest() {
            let key = named(member, keys, name).map_err(|e| e.at(member))?;
            map.insert(key, read(value).map_err(|e| e.at(member))?);
        }
        Ok(map)
    }
}

/// The value of `values` named `text`.
fn named<T: Copy>(text: &str, values: &[T], name: fn(T) -> &'static str) -> Result<T, JsonError> {
    values
        .iter()
        .copied()
        .find(|v| name(*v) == text)
        .ok_or_else(|| {
            let names: Vec<&str> = values.iter().map(|v| name(*v)).collect();
            JsonError::new(format!("\"{text}\" is not one of {}", names.join(", ")))
        })
}

/// The members of one object, taken by name; [`Members::strict`] then refuses any left.
pub struct Members<'a> {
    list: &'a [(String, Json)],
    taken: Vec<bool>,
}

impl<'a> Members<'a> {
    fn take(&mut self, key: &str) -> Option<&'a Json> {
        let i = self.list.iter().position(|(n, _)| n == key)?;
        self.taken[i] = true;
        Some(&self.list[i].1)
    }

    /// A member that must be there.
    pub fn required<T>(
        &mut self,
        key: &str,
        read: fn(&Json) -> Result<T, JsonError>,
    ) -> Result<T, JsonError> {
        match self.take(key) {
            Some(value) => read(value).map_err(|e| e.at(key)),
            None => Err(JsonError::new(format!("member \"{key}\" is missing"))),
        }
    }

    /// A member that may be left out or `null`.
    pub fn optional<T>(
        &mut self,
        key: &str,
        read: fn(&Json) -> Result<T, JsonError>,
    ) -> Result<Option<T>, JsonError> {
        match self.take(key) {
            None | Some(Json::Null) => Ok(None),
            Some(value) => read(value).map(Some).map_err(|e| e.at(key)),
        }
    }

    /// A member that may be left out, with its type's default then (an empty list, false).
    pub fn or_default<T: Default>(
        &mut self,
        key: &str,
        read: fn(&Json) -> Result<T, JsonError>,
    ) -> Result<T, JsonError> {
        self.optional(key, read).map(Option::unwrap_or_default)
    }

    /// Every member not taken yet, name and value (for maps keyed by name).
    pub fn rest(&mut self) -> impl Iterator<Item = (&'a str, &'a Json)> + '_ {
        let list = self.list;
        self.taken
            .iter_mut()
            .zip(list)
            .filter(|(taken, _)| !**taken)
            .map(|(taken, (name, value))| {
                *taken = true;
                (name.as_str(), value)
            })
    }

    /// Refuses a member that was not taken (a typo in a file must not pass unnoticed).
    pub fn strict(self) -> Result<(), JsonError> {
        match self.taken.iter().position(|t| !t) {
            Some(i) => Err(JsonError::new(format!(
                "unknown member \"{}\"",
                self.list[i].0
            ))),
            None => Ok(()),
        }
    }
}
