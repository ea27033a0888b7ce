//! Numbered sections whose numbers slip: told from the items of a list inside them.

use super::*;

#[test]
fn a_section_numbered_like_the_one_before_it_is_a_section_when_it_names_a_topic() {
    let kinds = topics_of(
        "Tietosuojaseloste\n\n5. Henkilötietojen käsittelyn tarkoitukset\n\nHoidon järjestäminen.\n\n6. Rekisterin tietosisältö\n\nNimi ja yhteystiedot.\n\n6.Säännönmukaiset tiedonlähteet\n\nTiedot saadaan asiakkaalta itseltään.\n\n7. Tietojen säännönmukaiset luovutukset\n\nTietoja ei luovuteta.\n",
    );
    assert_eq!(kinds, [Purpose, DataContent, DataSources, Recipients]);
    // A list inside a section that ends on the section's number is the list's.
    let kinds = topics_of(
        "Tietosuojaseloste\n\n3. Rekisterin nimi\n\nAsiakasrekisteri.\n\n4. Henkilötietojen käsittelyn tarkoitus\n\nTietoja käytetään:\n1. asiakassuhteen hoitoon\n2. laskutukseen\n3. markkinointiin\n4. tilastointiin\n\n5. Rekisterin tietosisältö\n\nNimi ja yhteystiedot.\n",
    );
    assert_eq!(kinds, [RegisterName, Purpose, DataContent]);
}
