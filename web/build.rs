//! Gives the wasm binary an 8 MiB stack instead of the 1 MiB rustc's wasm32 target links by
//! default: the shell's deepest nestings (a function that starts itself as a background
//! job, `:(){ :& };:`, runs 1000 nested levels before bash's limits stop it) need 2–4 MiB,
//! as natively, and overflowing the wasm stack is a trap that kills the page. The stack is
//! only reserved memory: the download does not grow.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=-zstack-size=8388608");
    }
}
