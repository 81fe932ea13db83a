import { NextResponse, type NextRequest } from 'next/server';
import { refusal } from '@/lib/http/request-guard';

/**
 * Turns away requests no page can answer before any route runs: methods the site does not
 * take, addresses that do not decode, and over-long ones. Without this, Next answers a
 * malformed %-escape or a POST to a public file with a 500. Everything else passes untouched.
 */
export function proxy(request: NextRequest) {
  const refused = refusal(request.method, request.nextUrl.pathname, request.headers);
  if (!refused) return NextResponse.next();
  return new NextResponse(refused.body, { status: refused.status, headers: refused.headers });
}
