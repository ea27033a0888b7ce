//! Read and write timeouts for every connection. tiny_http has none (its issue #143), so a
//! client that opens a connection and sends nothing, or stops halfway through its headers
//! or body, would hold a connection and one of tiny_http's threads for as long as it liked.
//! The receiver therefore listens itself: each connection it accepts gets a read and a
//! write timeout on its socket, and its bytes are carried to and from tiny_http, which
//! listens on a loopback port of its own. A side that is silent for longer than the
//! timeout, or that closes, ends the connection on both sides.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

/// How long a connection may be silent, reading or writing, before it is closed.
pub const DEFAULT: Duration = Duration::from_secs(30);

/// Accepts connections on `public` for ever, each with `timeout` on its socket, and
/// carries them to the HTTP server at `inner`.
pub fn front(public: TcpListener, inner: SocketAddr, timeout: Duration) {
    for client in public.incoming() {
        let Ok(client) = client else { continue };
        thread::spawn(move || {
            let _ = carry(client, inner, timeout);
        });
    }
}

/// One connection: bytes both ways until either side closes or is silent too long.
fn carry(client: TcpStream, inner: SocketAddr, timeout: Duration) -> io::Result<()> {
    client.set_read_timeout(Some(timeout))?;
    client.set_write_timeout(Some(timeout))?;
    let server = TcpStream::connect(inner)?;
    // The server's answers may take their time (a held answer is a fault the tests
    // inject), so only the client's side is timed on what it sends.
    server.set_write_timeout(Some(timeout))?;
    let (client_in, server_out) = (client.try_clone()?, server.try_clone()?);
    let upstream = thread::spawn(move || pump(client_in, server_out));
    pump(server, client);
    let _ = upstream.join();
    Ok(())
}

/// Copies `from` to `to` until `from` ends, fails or times out. When it ends, `to` is told
/// so (its writing half closes); when it fails or times out, both are closed, so that the
/// other direction ends too.
fn pump(mut from: TcpStream, mut to: TcpStream) {
    let mut buffer = [0u8; 16 * 1024];
    let ended = loop {
        match from.read(&mut buffer) {
            Ok(0) => break true,
            Ok(n) => {
                if to.write_all(&buffer[..n]).is_err() {
                    break false;
                }
            }
            Err(_) => break false,
        }
    };
    if ended {
        let _ = to.shutdown(Shutdown::Write);
    } else {
        let _ = to.shutdown(Shutdown::Both);
        let _ = from.shutdown(Shutdown::Both);
    }
}
