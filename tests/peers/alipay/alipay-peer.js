'use strict';
// Interop peer for the C# Alipay OpenAPI code: runs signing and verification of the official npm `alipay-sdk`.
// Input (stdin): a JSON array of operations, each
//   {"op":"sdkExecute","appId","privateKey","keyType","method","bizContent"}      -> {"query"}: the SDK's signed request
//   {"op":"verifyRequest","appId","privateKey","publicKey","params"}               -> {"ok"}: request rule (sign_type kept)
//   {"op":"verifyResponse","appId","privateKey","alipayPublicKey","method","body"} -> {"ok","error"}: checkResponseSign
//   {"op":"verifyNotification","appId","privateKey","alipayPublicKey","form"}     -> {"ok"}: checkNotifySignV2
//   {"op":"signNotification","alipayPrivateKey","form"}                           -> {"form","sdkAccepts"}
//   {"op":"signResponse","alipayPrivateKey","method","nodeText"}                   -> {"body","sdkAccepts"}
// The last two sign as "Alipay" would (node:crypto RSA-SHA256 over the text the SDK verifies) and report whether the
// SDK itself accepts the result, so a vector is only handed to C# when the official code agrees with it.
// Output (stdout): a JSON array of results in the same order, or {"error"} when the package throws.
const crypto = require('node:crypto');
const { AlipaySdk } = require('alipay-sdk');

function sdk(op, alipayPublicKey) {
  return new AlipaySdk({
    appId: op.appId || '2021000000000001',
    privateKey: op.privateKey,
    keyType: op.keyType || 'PKCS1',
    alipayPublicKey,
    signType: 'RSA2',
  });
}

function publicOf(privateKeyPem) {
  return crypto.createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' });
}

function responseKey(method) {
  return method.replace(/\./g, '_') + '_response';
}

function run(op) {
  switch (op.op) {
    case 'sdkExecute':
      return { query: sdk(op).sdkExecute(op.method, { bizContent: op.bizContent }, { bizContentAutoSnakeCase: false }) };
    case 'verifyRequest': {
      // The request rule: everything but `sign`, sign_type included (checkNotifySign's first pass, called directly so
      // a signature made with the notification rule cannot pass through its second pass).
      const client = sdk(op, op.publicKey);
      const args = { ...op.params };
      const sign = args.sign;
      delete args.sign;
      return { ok: client.notifyRSACheck(args, sign, 'RSA2', true) };
    }
    case 'verifyResponse': {
      const client = sdk(op, op.alipayPublicKey);
      try {
        client.checkResponseSign(op.body, responseKey(op.method), JSON.parse(op.body).sign, 'peer');
        return { ok: true };
      } catch (e) {
        return { ok: false, error: String(e.message) };
      }
    }
    case 'verifyNotification':
      return { ok: sdk(op, op.alipayPublicKey).checkNotifySignV2(op.form) };
    case 'signNotification': {
      const form = { ...op.form };
      const content = Object.keys(form)
        .filter((k) => k !== 'sign' && k !== 'sign_type' && form[k] !== '')
        .sort()
        .map((k) => `${k}=${form[k]}`)
        .join('&');
      form.sign = crypto.createSign('RSA-SHA256').update(content, 'utf8').sign(op.alipayPrivateKey, 'base64');
      const checker = sdk({ privateKey: op.alipayPrivateKey }, publicOf(op.alipayPrivateKey));
      return { form, sdkAccepts: checker.checkNotifySignV2(form) };
    }
    case 'signResponse': {
      const sign = crypto.createSign('RSA-SHA256').update(op.nodeText, 'utf8').sign(op.alipayPrivateKey, 'base64');
      const body = `{"${responseKey(op.method)}":${op.nodeText},"sign":"${sign}"}`;
      const checker = sdk({ privateKey: op.alipayPrivateKey }, publicOf(op.alipayPrivateKey));
      let sdkAccepts = true;
      try {
        checker.checkResponseSign(body, responseKey(op.method), sign, 'peer');
      } catch {
        sdkAccepts = false;
      }
      return { body, sdkAccepts };
    }
    default:
      throw new Error('unknown op ' + op.op);
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map((op) => {
    try {
      return run(op);
    } catch (e) {
      return { error: String(e && e.message ? e.message : e) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
