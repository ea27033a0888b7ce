/* The request payload seloste.request/1, made from public/schemas/request.schema.json by
   json-schema-to-typescript (node app/npm/types.mjs). Do not edit by hand. */

export type Identity =
  | {
      type: "personal_identity_code";
      value: string;
      /**
       * Present, and true, when the code is a temporary one (individual number 900–999) given by an organisation, not by the population register.
       */
      temporary?: true;
    }
  | {
      type: "national_identity_number";
      country: "se" | "no" | "dk" | "ee";
      value: string;
    }
  | {
      type: "date_of_birth_and_identifier";
      date_of_birth: string;
      identifier_type?: "passport" | "id_card" | "client_number" | "other";
      identifier?: string;
    };

/**
 * A data-subject request as the registry office receives it (schema seloste.request/1). The seal signs the RFC 8785 (JCS) form of the payload without its seal member.
 */
export interface SelosteRequestPayload {
  schema: "seloste.request/1";
  id: string;
  created_at: string;
  kind:
    | "access"
    | "rectification"
    | "erasure"
    | "restriction"
    | "portability"
    | "objection"
    | "log_data"
    | "consent_withdrawal"
    | "other";
  /**
   * The language the form was filled in.
   */
  lang: "fi" | "sv" | "en";
  register: {
    notice_id: string;
    register_name: string;
    controller: Controller;
    handled_by?: Controller;
  };
  requester: {
    name: string;
    identity: Identity;
    address?: string;
    phone?: string;
    email?: string;
    /**
     * Who verified name and identity code before the form was opened (the host page's words, e.g. Suomi.fi); absent when typed by the citizen.
     */
    identified_by?: string;
  };
  on_behalf:
    | {
        role: "none";
      }
    | {
        role: "guardian_of_minor" | "legal_guardian" | "authorised_person";
        subject_name: string;
        subject_identity: Identity;
      };
  /**
   * The kind's own answers by question id (see the forms file); dates as yyyy-mm-dd.
   */
  details: {
    [k: string]: string;
  };
  delivery?: "viewing_at_office" | "printout_by_post" | "secure_electronic";
  answer_lang?: "fi" | "sv" | "en";
  place?: string;
  date?: string;
  attachments: {
    field: string;
    name: string;
    type: string;
    size: number;
    sha256: string;
  }[];
  signature?:
    | {
        method: "drawn";
        /**
         * @minItems 1
         */
        strokes: [[unknown, unknown][], ...[unknown, unknown][][]];
      }
    | {
        method: "typed";
        name: string;
      }
    | {
        method: "on_paper";
      };
  /**
   * Made in the browser with a fresh key that travels with it (jwk). It detects any change made to the payload without sealing it again, and equal digests mean the same payload; it does not detect a payload changed and sealed again with a new key, and it does not show who made the request. Compare the digest with a record kept outside the document (the copy the office received, the citizen's receipt).
   */
  seal?: {
    alg: "ES256";
    jwk: {
      kty: "EC";
      crv: "P-256";
      x: string;
      y: string;
    };
    /**
     * base64url SHA-256 of the RFC 8785 (JCS) form of the payload without its seal.
     */
    digest: string;
    signature: string;
  };
}
export interface Controller {
  name: string;
  address?: string;
  phone?: string;
  email?: string;
  business_id?: string;
}
