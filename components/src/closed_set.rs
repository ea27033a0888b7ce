//! Closed sets of names: section kinds, request kinds, field types, languages, adapters,
//! countries, identification methods.
//!
//! Each set is declared once, with [`closed_set!`]: its members and the name each has in
//! files and payloads. The enum, `ALL` (every member in the order declared), `NAMES`,
//! `name()`, `from_name()` and serde's reading and writing all come from that one list, so a
//! new member cannot be listed in one place and forgotten in another. The JSON Schemas in
//! `public/schemas/` repeat the names for other tools; `tests` below holds them equal.

/// Declares a closed set: an enum whose members each carry their name in files.
///
/// ```text
/// closed_set! {
///     /// What the set is.
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum Colour { Red = "red", DarkBlue = "dark_blue" }
/// }
/// ```
/// The derives must include `Clone` and `Copy`; serde's `Serialize` and `Deserialize` are
/// implemented here, by name (a name outside the set is refused with the list of names).
macro_rules! closed_set {
    (
        $(#[$meta:meta])*
        $vis:vis enum $ty:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $name:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $ty {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $ty {
            /// Every member, in the order declared.
            pub const ALL: [$ty; [$($name),+].len()] = [$($ty::$variant),+];

            /// Every member's name, in the order of [`Self::ALL`].
            pub const NAMES: [&'static str; [$($name),+].len()] = [$($name),+];

            /// The member's name in files and payloads.
            pub const fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }

            /// The member with exactly this name.
            pub fn from_name(name: &str) -> Option<$ty> {
                match name {
                    $($name => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                let name = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                $ty::from_name(&name).ok_or_else(|| {
                    <D::Error as ::serde::de::Error>::unknown_variant(&name, &$ty::NAMES)
                })
            }
        }
    };
}

pub(crate) use closed_set;

#[cfg(test)]
mod tests {
    use crate::i18n::Lang;
    use crate::id::Country;
    use crate::notice::{Identification, SectionKind};
    use crate::request::spec::FieldType;
    use crate::request::RequestKind;
    use crate::submit::encode::Adapter;

    /// A JSON Schema of `public/schemas/`, read with serde_json.
    fn schema(file: &str) -> serde_json::Value {
        let path = format!("{}/../public/schemas/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// The enum at a JSON pointer of a schema.
    fn names_at(file: &str, pointer: &str) -> Vec<String> {
        let doc = schema(file);
        let list = doc
            .pointer(pointer)
            .and_then(|v| v.as_array())
            .unwrap_or_else(|| panic!("{file} has no enum at {pointer}"));
        list.iter()
            .map(|v| {
                v.as_str()
                    .unwrap_or_else(|| panic!("{file}{pointer}: {v}"))
                    .to_string()
            })
            .collect()
    }

    fn rust(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn the_schemas_list_the_same_names_in_the_same_order() {
        let cases: [(&str, &str, Vec<String>); 7] = [
            (
                "notice.schema.json",
                "/$defs/section_kind/enum",
                rust(&SectionKind::NAMES),
            ),
            (
                "notice.schema.json",
                "/$defs/request_kind/enum",
                rust(&RequestKind::NAMES),
            ),
            ("notice.schema.json", "/$defs/lang/enum", rust(&Lang::NAMES)),
            (
                "notice.schema.json",
                "/properties/requests/properties/adapter/enum",
                rust(&Adapter::NAMES),
            ),
            (
                "notice.schema.json",
                "/properties/requests/properties/identification/enum",
                rust(&Identification::NAMES),
            ),
            (
                "forms.schema.json",
                "/$defs/field/properties/type/enum",
                rust(&FieldType::NAMES),
            ),
            // The payload names a neighbour's country: every country but Finland.
            (
                "request.schema.json",
                "/$defs/identity/oneOf/1/properties/country/enum",
                rust(&Country::NAMES[1..]),
            ),
        ];
        for (file, pointer, names) in cases {
            assert_eq!(names_at(file, pointer), names, "{file}{pointer}");
        }
    }

    #[test]
    fn names_read_back_and_serde_uses_them() {
        fn check<
            T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + serde::de::DeserializeOwned,
        >(
            all: &[T],
            name: fn(T) -> &'static str,
            from_name: fn(&str) -> Option<T>,
        ) {
            for &member in all {
                assert_eq!(from_name(name(member)), Some(member));
                let json = format!("\"{}\"", name(member));
                assert_eq!(serde_json::to_string(&member).ok(), Some(json.clone()));
                assert_eq!(serde_json::from_str::<T>(&json).ok(), Some(member));
            }
            assert_eq!(from_name("no such name"), None);
            let refused = serde_json::from_str::<T>("\"no such name\"").map_err(|e| e.to_string());
            assert!(
                refused.is_err_and(|e| e.contains(name(all[0]))),
                "the error lists the names"
            );
        }
        check(&SectionKind::ALL, SectionKind::name, SectionKind::from_name);
        check(&RequestKind::ALL, RequestKind::name, RequestKind::from_name);
        check(&Lang::ALL, Lang::name, Lang::from_name);
        check(&Adapter::ALL, Adapter::name, Adapter::from_name);
        check(
            &Identification::ALL,
            Identification::name,
            Identification::from_name,
        );
        check(&FieldType::ALL, FieldType::name, FieldType::from_name);
        check(&Country::ALL, Country::name, Country::from_name);
    }
}
