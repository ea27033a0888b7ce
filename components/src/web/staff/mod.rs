//! The staff pages' views, each a bundle of its own: the notice importer and the verifier
//! of received requests. Citizens' bundles never reach them.

pub(crate) mod body;
pub(crate) mod details;
pub(crate) mod field;
pub(crate) mod importer;
pub(crate) mod kept;
pub(crate) mod preview;
pub(crate) mod publish;
pub(crate) mod release;
pub(crate) mod requests;
pub(crate) mod sections;
pub(crate) mod source_file;
pub(crate) mod studio;
pub(crate) mod translations;
pub(crate) mod verifier;
pub(crate) mod versions;
