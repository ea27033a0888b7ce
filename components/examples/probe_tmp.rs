use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).unwrap();
    for line in s.lines().filter(|l| !l.trim().is_empty()) {
        // Each line put into a small document: a paragraph before, the line, a paragraph after.
        let doc = format!("Rekisteri\n\nTämä on johdanto, jossa on monta sanaa ja joka päättyy pisteeseen.\n\n{line}\n\nTämä on kappale, jossa on monta sanaa ja joka kertoo asiasta enemmän kuin tarpeeksi.\n");
        let n = seloste::notice::import(&doc).notice;
        let got: Vec<String> = n
            .sections
            .iter()
            .filter(|s| {
                s.heading.contains(line.trim().trim_end_matches(':'))
                    || line.contains(&s.heading) && !s.heading.is_empty()
            })
            .map(|s| format!("{:?}", s.kind))
            .collect();
        println!("{:<60} {:?} {:?}", line, seloste::notice::classify_heading(line), got);
    }
}
