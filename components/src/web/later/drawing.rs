//! A signature drawn with finger, pen or mouse (pointer events), kept as vector strokes in
//! the 0–1000 box of [`crate::request::drawing`] and shown as one SVG path. A drawing area
//! cannot be used by keyboard, so the form offers a typed name beside it.

use crate::i18n::ui;
use crate::request::drawing::{self, Stroke};
use crate::web::dom::tr;
use crate::web::form::field_parts::Question;
use leptos::prelude::*;

/// The question's value is the drawing in its answer form (empty when nothing is drawn).
#[component]
pub fn DrawingInput(question: Question, on_change: impl Fn(String) + 'static) -> impl IntoView {
    let (id, value, lang) = (question.id.clone(), question.value, question.lang);
    let label_id = format!("{id}-label");
    let strokes = RwSignal::new(
        value
            .with_untracked(|v| drawing::parse(v))
            .unwrap_or_default(),
    );
    let drawing = StoredValue::new(false);
    let area = NodeRef::<leptos::svg::Svg>::new();
    let on_change = std::rc::Rc::new(on_change);

    // The pointer's position as a point of the box.
    let point = move |ev: &leptos::ev::PointerEvent| -> Option<drawing::Point> {
        let rect = area.get_untracked()?.get_bounding_client_rect();
        Some(drawing::to_box(
            f64::from(ev.client_x()) - rect.left(),
            f64::from(ev.client_y()) - rect.top(),
            rect.width(),
            rect.height(),
        ))
    };
    let down = move |ev: leptos::ev::PointerEvent| {
        ev.prevent_default();
        if let Some(area) = area.get_untracked() {
            let _ = area.set_pointer_capture(ev.pointer_id());
        }
        if let Some(p) = point(&ev) {
            drawing.set_value(true);
            strokes.update(|s| s.push(vec![p]));
        }
    };
    let moved = move |ev: leptos::ev::PointerEvent| {
        if !drawing.get_value() {
            return;
        }
        if let Some(p) = point(&ev) {
            let mut added = false;
            strokes.update_untracked(|s| added = drawing::extend(s, p));
            if added {
                strokes.notify();
            }
        }
    };
    let finish = {
        let on_change = on_change.clone();
        move |_: leptos::ev::PointerEvent| {
            if drawing.get_value() {
                drawing.set_value(false);
                on_change(strokes.with_untracked(|s| drawing::encode(s)));
            }
        }
    };
    let clear = move |_| {
        strokes.set(Vec::<Stroke>::new());
        on_change(String::new());
    };
    let area_label = move || {
        let text = if strokes.with(|s| s.iter().any(|s| s.len() > 1)) {
            ui::DRAWING_DONE
        } else {
            ui::DRAWING_EMPTY
        };
        text.get(lang.get())
    };
    view! {
        <div class="seloste-field" class:seloste-field--error=question.has_problem()>
            <p class="seloste-label" id=label_id.clone()>{question.label()}</p>
            {question.hint()}
            {question.error()}
            <div class="seloste-drawing" id=id tabindex="-1" role="group" aria-labelledby=label_id aria-describedby=question.described_by()>
                <svg
                    node_ref=area
                    class="seloste-drawing-area"
                    viewBox="0 0 1000 1000"
                    preserveAspectRatio="none"
                    role="img"
                    aria-label=area_label
                    on:pointerdown=down
                    on:pointermove=moved
                    on:pointerup=finish.clone()
                    on:pointercancel=finish
                >
                    <path
                        d=move || strokes.with(|s| drawing::svg_path(s))
                        fill="none"
                        stroke="currentColor"
                        stroke-width="3"
                        stroke-linecap="round"
                        stroke-linejoin="round"
                        vector-effect="non-scaling-stroke"
                    />
                </svg>
                <button type="button" class="seloste-link" on:click=clear>{tr(ui::CLEAR_DRAWING, lang)}</button>
            </div>
        </div>
    }
}
