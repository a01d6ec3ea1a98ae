/*
 * WebAuthn ceremonies for the second-factor page (registering a key) and the login page's second
 * step (signing in with it). A button carries the server's options (data-webauthn-options: the
 * stored challenge, the relying party, the keys) and names the hidden field that takes the
 * browser's answer and the button that sends it (data-webauthn-field, data-webauthn-submit).
 */
(function () {
    'use strict';

    function bytes(base64url) {
        var text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
        var out = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) {
            out[i] = text.charCodeAt(i);
        }
        return out.buffer;
    }

    function base64url(buffer) {
        var text = '';
        var view = new Uint8Array(buffer);
        for (var i = 0; i < view.length; i++) {
            text += String.fromCharCode(view[i]);
        }
        return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function keys(ids) {
        return ids.map(function (id) {
            return {type: 'public-key', id: bytes(id)};
        });
    }

    function register(o) {
        return navigator.credentials.create({publicKey: {
            challenge: bytes(o.challenge),
            rp: {id: o.rpId, name: 'Yanghu'},
            user: {id: bytes(o.userId), name: o.userName, displayName: o.displayName},
            pubKeyCredParams: [{type: 'public-key', alg: -7}, {type: 'public-key', alg: -257}, {type: 'public-key', alg: -8}],
            excludeCredentials: keys(o.credentialIds),
            authenticatorSelection: {userVerification: 'preferred', residentKey: 'discouraged'},
            attestation: 'none',
            timeout: 120000
        }}).then(function (c) {
            return {id: c.id, rawId: base64url(c.rawId), type: c.type, clientExtensionResults: c.getClientExtensionResults(),
                response: {clientDataJSON: base64url(c.response.clientDataJSON), attestationObject: base64url(c.response.attestationObject),
                    transports: c.response.getTransports ? c.response.getTransports() : []}};
        });
    }

    function signIn(o) {
        return navigator.credentials.get({publicKey: {
            challenge: bytes(o.challenge),
            rpId: o.rpId,
            allowCredentials: keys(o.credentialIds),
            userVerification: 'preferred',
            timeout: 120000
        }}).then(function (c) {
            return {id: c.id, rawId: base64url(c.rawId), type: c.type, clientExtensionResults: c.getClientExtensionResults(),
                response: {clientDataJSON: base64url(c.response.clientDataJSON), authenticatorData: base64url(c.response.authenticatorData),
                    signature: base64url(c.response.signature),
                    userHandle: c.response.userHandle ? base64url(c.response.userHandle) : null}};
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-webauthn]') : null;
        if (!button) {
            return;
        }
        event.preventDefault();
        var options = JSON.parse(button.getAttribute('data-webauthn-options'));
        var field = document.getElementById(button.getAttribute('data-webauthn-field'));
        var submit = document.getElementById(button.getAttribute('data-webauthn-submit'));
        var ceremony = button.getAttribute('data-webauthn') === 'register' ? register : signIn;
        if (!window.PublicKeyCredential) {
            field.value = 'unsupported';
            submit.click();
            return;
        }
        ceremony(options).then(function (answer) {
            field.value = JSON.stringify(answer);
            submit.click();
        }, function () {
            field.value = 'cancelled'; // the server answers that the key was not accepted
            submit.click();
        });
    });
}());
