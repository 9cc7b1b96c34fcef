//! Entry point of the wasm binary: installs the panic screen, mounts the playground.

fn main() {
    kubeplay_web::panic::install();
    yew::Renderer::<kubeplay_web::App>::new().render();
}
