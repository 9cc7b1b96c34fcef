//! Pure text printers that reproduce kubectl's output bytes: Go's `text/tabwriter` column
//! alignment (`kubectl get` tables and `kubectl describe`), apimachinery's human durations (AGE),
//! `-o yaml` (sigs.k8s.io/yaml over go-yaml v2) and `-o json` (`json.MarshalIndent`).
//!
//! These modules only turn already-built values into text; they know nothing about API objects,
//! resources, the cluster or the clock.

pub mod duration;
pub mod json;
pub mod kyaml;
pub mod tabwriter;
pub mod yaml;
