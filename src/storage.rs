//! What the app keeps on the device: drafts, so nothing typed is lost on a reload or a closed
//! tab, and the chosen language. Every key starts with `husly-`, so "Start over" can wipe all of
//! it on a shared front-desk device. Nothing here leaves the device.

use serde::{Serialize, de::DeserializeOwned};

const PREFIX: &str = "husly-";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The text saved under `key`, as it is.
pub fn text(key: &str) -> Option<String> {
    local_storage()?.get_item(&format!("{PREFIX}{key}")).ok()?
}

/// The value saved under `key`, if there is one and it still reads as `T`.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&text(key)?).ok()
}

/// Saves `value` under `key`. A full or blocked storage is not an error the user can act on: the
/// draft then lives for this visit only.
pub fn save<T: Serialize>(key: &str, value: &T) {
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(value)) {
        let _ = storage.set_item(&format!("{PREFIX}{key}"), &text);
    }
}

/// Saves a draft under `key`, or removes it while it is still empty, so a device nobody has
/// typed on holds nothing.
pub fn keep<T: Serialize + Default + PartialEq>(key: &str, draft: &T) {
    if *draft == T::default() {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(&format!("{PREFIX}{key}"));
        }
    } else {
        save(key, draft);
    }
}

/// Removes everything the app stored on this device.
pub fn wipe() {
    let Some(storage) = local_storage() else {
        return;
    };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.clear();
    }
    crate::i18n::language_cookie::forget();
}
