import { describe, expect, it } from 'vitest';
import { refusalOfAddress } from './public-address.policy';

describe('refusalOfAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['100.100.100.200', 'carrier-grade'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['198.51.100.7', 'documentation'],
  ])('refuses IPv4 %s (%s)', (address, why) => {
    expect(refusalOfAddress(address)).toContain(why);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '192.169.0.1', '169.255.0.1', '100.128.0.1', '93.184.216.34'])('lets public IPv4 %s through', (address) => {
    expect(refusalOfAddress(address)).toBeNull();
  });

  it.each([
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['fc00::1', 'private'],
    ['fd00:ec2::254', 'private'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
  ])('refuses IPv6 %s (%s)', (address, why) => {
    expect(refusalOfAddress(address)).toContain(why);
  });

  it.each(['2606:4700:4700::1111', '2001:4860:4860::8888', '2a00:1450:4001:80b::200e'])('lets public IPv6 %s through', (address) => {
    expect(refusalOfAddress(address)).toBeNull();
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::192.168.0.1', 'private'],
  ])('judges IPv4 inside IPv6 %s as that IPv4 (%s)', (address, why) => {
    expect(refusalOfAddress(address)).toContain(why);
  });

  it('lets a public IPv4 inside IPv6 through', () => {
    expect(refusalOfAddress('::ffff:8.8.8.8')).toBeNull();
    expect(refusalOfAddress('64:ff9b::808:808')).toBeNull();
  });

  it('refuses what is not an address', () => {
    expect(refusalOfAddress('localhost')).toBe('not an IP address');
    expect(refusalOfAddress('')).toBe('not an IP address');
  });
});
