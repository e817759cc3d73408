'use strict';
// Interop peer for the C# WeChat crypto: runs WXBizMsgCrypt operations of the npm `wechat-crypto` package.
// Input (stdin): a JSON array of operations, each
//   {"op":"encrypt","token","encodingAESKey","appId","text","timestamp","nonce"}
//   {"op":"decrypt","token","encodingAESKey","appId","encrypt"}
//   {"op":"sign","token","encodingAESKey","appId","timestamp","nonce","encrypt"}
// Output (stdout): a JSON array of results in the same order: {"encrypt","signature"} | {"message","id"} |
// {"signature"}, or {"error"} when the package throws.
const WXBizMsgCrypt = require('wechat-crypto');

function run(op) {
  const crypto = new WXBizMsgCrypt(op.token, op.encodingAESKey, op.appId);
  switch (op.op) {
    case 'encrypt': {
      const encrypt = crypto.encrypt(op.text);
      return { encrypt, signature: crypto.getSignature(op.timestamp, op.nonce, encrypt) };
    }
    case 'decrypt':
      return crypto.decrypt(op.encrypt);
    case 'sign':
      return { signature: crypto.getSignature(op.timestamp, op.nonce, op.encrypt) };
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
