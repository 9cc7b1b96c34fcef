//! Entry point of the wasm binary: mounts the playground into the page.

fn main() {
    yew::Renderer::<kubeplay_web::App>::new().render();
}
