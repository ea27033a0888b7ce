use super::*;

fn sample() -> SavedFile {
    SavedFile {
        notice_id: "pieksamaki-lapsiperheet".into(),
        register_name: "Lapsiperheiden \"palvelujen\" asiakasrekisteri".into(),
        kind: RequestKind::Access,
        iterations: ITERATIONS,
        salt: "AAECAwQFBgcICQoLDA0ODw".into(),
        iv: "AAECAwQFBgcICQoL".into(),
        data: "q83vASNFZ4mrze8BI0VniavN7wEjRWeJ".into(),
    }
}

#[test]
fn a_file_comes_back_as_it_was_written() {
    let file = sample();
    let text = file.to_json();
    assert_eq!(
        SavedFile::open_for(&text, &file.notice_id, file.kind),
        Ok(file.clone())
    );
    // And it is JSON that another reader reads the same.
    let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    assert_eq!(v["format"], FORMAT);
    assert_eq!(v["register_name"], file.register_name.as_str());
    assert_eq!(v["kdf"]["iterations"], ITERATIONS);
    assert_eq!(v["cipher"]["name"], "AES-GCM");
}

#[test]
fn a_file_of_another_form_is_refused_with_its_form_named() {
    let file = sample();
    let text = file.to_json();
    for (notice, kind) in [
        ("pieksamaki-lapsiperheet", RequestKind::Erasure),
        ("perhepalvelu-helmi", RequestKind::Access),
    ] {
        let refused = SavedFile::open_for(&text, notice, kind);
        assert_eq!(
            refused,
            Err(SavedError::OtherForm {
                kind: RequestKind::Access,
                register_name: file.register_name.clone()
            })
        );
        for lang in Lang::ALL {
            let said = refused
                .clone()
                .err()
                .map(|e| e.message(lang))
                .unwrap_or_default();
            assert!(
                said.contains(RequestKind::Access.title().get(lang)),
                "{said}"
            );
            assert!(said.contains(&file.register_name), "{said}");
        }
    }
}

#[test]
fn anything_else_is_not_a_saved_file() {
    let good = sample().to_json();
    let changed = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1)
    };
    let bad = [
        String::new(),
        "{}".into(),
        r#"{"answers":{},"step":0}"#.into(),
        changed("saved-answers/1", "saved-answers/2"),
        changed("\"iterations\":600000", "\"iterations\":1"),
        changed("\"iterations\":600000", "\"iterations\":4000000000"),
        changed("\"PBKDF2\"", "\"scrypt\""),
        changed("\"SHA-256\"", "\"SHA-1\""),
        changed("\"AES-GCM\"", "\"AES-CBC\""),
        changed("\"length\":256", "\"length\":128"),
        changed("AAECAwQFBgcICQoLDA0ODw", "AAECAwQFBgcICQoLDA0O"),
        changed("\"AAECAwQFBgcICQoL\"", "\"AAECAwQFBgcICQoL+/==\""),
        changed("\"kind\":\"access\"", "\"kind\":\"tarkastus\""),
        changed(
            "\"data\":\"q83vASNFZ4mrze8BI0VniavN7wEjRWeJ\"",
            "\"data\":\"q83v\"",
        ),
        changed("{\"format\"", "{\"extra\":1,\"format\""),
    ];
    for text in bad {
        assert_eq!(
            SavedFile::open_for(&text, "pieksamaki-lapsiperheet", RequestKind::Access),
            Err(SavedError::NotSaved),
            "{text}"
        );
    }
}

#[test]
fn the_additional_data_binds_the_form() {
    let a = SavedFile::additional_data("a", "Rekisteri", RequestKind::Access);
    assert_ne!(
        a,
        SavedFile::additional_data("b", "Rekisteri", RequestKind::Access)
    );
    assert_ne!(
        a,
        SavedFile::additional_data("a", "Rekisteri2", RequestKind::Access)
    );
    assert_ne!(
        a,
        SavedFile::additional_data("a", "Rekisteri", RequestKind::Erasure)
    );
    // No two forms give the same text by moving a line break between the parts.
    assert_ne!(
        SavedFile::additional_data("a\nb", "c", RequestKind::Access),
        SavedFile::additional_data("a", "b\nc", RequestKind::Access)
    );
}

#[test]
fn passphrases_are_counted_in_characters() {
    assert!(check_passphrase(&"ä".repeat(12)).is_ok());
    assert_eq!(check_passphrase(&"ä".repeat(11)), Err(PASSPHRASE_SHORT));
    assert!(check_passphrase("").is_err());
}

#[test]
fn every_message_is_plain() {
    for e in [SavedError::NotSaved, SavedError::NotOpened] {
        for lang in Lang::ALL {
            let m = e.message(lang);
            assert!(
                m.ends_with('.') && !m.contains("Error") && !m.contains('{'),
                "{m}"
            );
        }
    }
}
