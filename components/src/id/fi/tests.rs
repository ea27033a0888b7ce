use super::*;

fn parse(s: &str) -> Result<Hetu, HetuError> {
    Hetu::parse(s)
}

#[test]
fn accepts_the_textbook_example() {
    let h = parse("131052-308T").expect("valid");
    assert_eq!(h.birth_date(), (1952, 10, 13));
    assert_eq!(h.sex(), Sex::Female);
    assert!(!h.is_temporary());
    assert_eq!(h.to_string(), "131052-308T");
    assert_eq!(h.masked(), "131052-****");
}

#[test]
fn every_century_sign_of_decree_690_2022() {
    for (sign, century) in [
        ('+', 1800),
        ('-', 1900),
        ('Y', 1900),
        ('X', 1900),
        ('W', 1900),
        ('V', 1900),
        ('U', 1900),
        ('A', 2000),
        ('B', 2000),
        ('C', 2000),
        ('D', 2000),
        ('E', 2000),
        ('F', 2000),
    ] {
        let code = format!("131052{sign}308T");
        let h = parse(&code).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        assert_eq!(h.birth_date().0, century + 52, "{code}");
        assert_eq!(h.to_string(), code);
    }
}

#[test]
fn codes_of_2030_and_later_are_valid() {
    // A popular validator rejects these; they are ordinary codes of people born after 2029.
    let h = parse("280230A101N").expect("born 28.2.2030");
    assert_eq!(h.birth_date(), (2030, 2, 28));
    assert_eq!(h.sex(), Sex::Male);
}

#[test]
fn leap_days_follow_the_century() {
    assert!(parse("290200A1239").is_ok(), "2000 is a leap year");
    assert_eq!(parse("290200-1239"), Err(HetuError::Date), "1900 is not");
    assert!(parse("290296-0025").is_ok());
    assert_eq!(parse("290297-0025"), Err(HetuError::Date));
    assert_eq!(
        parse("310452-308T"),
        Err(HetuError::Date),
        "April has 30 days"
    );
    assert_eq!(parse("001052-308T"), Err(HetuError::Date));
    assert_eq!(parse("131352-308T"), Err(HetuError::Date));
    assert_eq!(parse("1310x2-308T"), Err(HetuError::Date));
}

#[test]
fn individual_numbers() {
    assert_eq!(parse("131052-000T"), Err(HetuError::IndividualNumber));
    assert_eq!(parse("131052-001T"), Err(HetuError::IndividualNumber));
    assert_eq!(parse("131052-3A8T"), Err(HetuError::IndividualNumber));
    let temporary = parse("010594Y9032").expect("temporary codes are valid");
    assert!(temporary.is_temporary());
    assert_eq!(temporary.sex(), Sex::Male);
    let last = parse("311299-998D").expect("998 is valid");
    assert_eq!(last.sex(), Sex::Female);
}

#[test]
fn check_character_error_names_the_expected_one() {
    assert_eq!(
        parse("131052-308U"),
        Err(HetuError::CheckCharacter {
            expected: 'T',
            found: 'U'
        })
    );
    // Letters never used as check characters are still reported with the right one.
    assert_eq!(
        parse("131052-308G"),
        Err(HetuError::CheckCharacter {
            expected: 'T',
            found: 'G'
        })
    );
    let msg = parse("131052-308U")
        .err()
        .map(|e| e.message(Lang::Fi))
        .unwrap_or_default();
    assert!(msg.contains("pitäisi olla T"), "{msg}");
}

#[test]
fn input_is_trimmed_and_case_folded_but_nothing_else() {
    assert_eq!(
        parse("  131052-308t\n").map(|h| h.to_string()),
        Ok("131052-308T".into())
    );
    assert_eq!(
        parse("131052a308t").map(|h| h.to_string()),
        Ok("131052A308T".into())
    );
    assert_eq!(
        parse("131052 -308T"),
        Err(HetuError::InvalidCharacter {
            position: 7,
            found: ' '
        })
    );
    assert_eq!(
        parse("\u{a0}131052-308T"),
        Err(HetuError::InvalidCharacter {
            position: 1,
            found: '\u{a0}'
        })
    );
    assert_eq!(
        parse("131052–308T"),
        Err(HetuError::InvalidCharacter {
            position: 7,
            found: '–'
        })
    );
    assert_eq!(
        parse("１31052-308T"),
        Err(HetuError::InvalidCharacter {
            position: 1,
            found: '１'
        })
    );
    assert_eq!(parse(""), Err(HetuError::Empty));
    assert_eq!(parse("   "), Err(HetuError::Empty));
    assert_eq!(parse("131052-308"), Err(HetuError::Length { found: 10 }));
    assert_eq!(parse("131052-308TT"), Err(HetuError::Length { found: 12 }));
}

#[test]
fn inputs_that_break_other_validators() {
    // One crate panics on the first and accepts the second.
    assert!(parse("131052-+08T").is_err());
    assert!(parse("+11212A345J").is_err());
    assert_eq!(
        parse("131052?308T"),
        Err(HetuError::InvalidCharacter {
            position: 7,
            found: '?'
        })
    );
    assert_eq!(
        parse("131052Z308T"),
        Err(HetuError::CenturySign { found: 'Z' })
    );
}

#[test]
fn every_error_has_a_message_in_every_language() {
    let errors = [
        HetuError::Empty,
        HetuError::InvalidCharacter {
            position: 3,
            found: ' ',
        },
        HetuError::Length { found: 5 },
        HetuError::Date,
        HetuError::CenturySign { found: 'Z' },
        HetuError::IndividualNumber,
        HetuError::CheckCharacter {
            expected: 'T',
            found: 'U',
        },
    ];
    for e in errors {
        let texts: Vec<String> = Lang::ALL.iter().map(|&l| e.message(l)).collect();
        assert!(texts.iter().all(|t| t.len() > 10), "{e:?}");
        assert_ne!(texts[0], texts[1]);
        assert_ne!(texts[1], texts[2]);
    }
}
